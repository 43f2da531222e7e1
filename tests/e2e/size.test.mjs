// The size budget: everything the widget loads, measured from what a real page fetches.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { startSite, launchChromium, openPage, expectCards, DIST } from "./support.mjs";
import { measure, table, WIDGET_FILES } from "../../bench/size.mjs";

// Bytes, all files together, stable toolchain. A regression guard; the target (issue 6) is 90 KB.
const BUDGET_GZIP = 128_000;

test("everything the widget loads stays within 128 KB gzipped", async () => {
  const site = await startSite();
  const browser = await launchChromium();
  try {
    const { page, close } = await openPage(browser, "about:blank");
    const fetched = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === site.widgetOrigin) fetched.push(url.pathname.slice(1));
    });
    await page.goto(`${site.blogOrigin}/script-embed.html`);
    await expectCards(page.locator("role-explorer"), 4);
    await close();
    // The measured list must be exactly what the page loaded, so no file escapes the budget.
    assert.deepEqual([...new Set(fetched)].sort(), [...WIDGET_FILES].sort());

    const sizes = measure(WIDGET_FILES);
    console.log(`\n${table(sizes)}\n`);
    assert.ok(sizes.total.gzip <= BUDGET_GZIP, `${sizes.total.gzip} bytes gzipped is over the ${BUDGET_GZIP} budget`);
  } finally {
    await browser.close();
    await site.close();
  }
});

// Panic locations name source files: scripts/remap-paths.sh shortens the registry's and the
// standard library's paths to what is inside them, the same on every machine.
test("the wasm names no folder of the machine that built it", () => {
  const wasm = readFileSync(join(DIST, "role-explorer-app_bg.wasm")).toString("latin1");
  for (const folder of [homedir(), "/.cargo/registry/", "index.crates.io-", "/.rustup/"]) {
    assert.ok(!wasm.includes(folder), `the wasm contains "${folder}"`);
  }
  assert.match(wasm, /yew-0\.\d+\.\d+\/src\/[a-z_\/]+\.rs/, "panic locations of dependencies, shortened");
});
