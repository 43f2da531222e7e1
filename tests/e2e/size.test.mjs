// The size budget: everything the widget loads, measured from what a real page fetches.
import { test as plainTest } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { test, useSite, openPage, expectCards, DIST } from "./support.mjs";
import { measure, table, WIDGET_FILES } from "../../bench/size.mjs";

// Bytes, all files together, stable toolchain: 117,652 after issue 15's cuts and the card list
// of our own (117,293 before it), and a few bytes, so that bytes won cannot come back
// unnoticed. A regression guard; the targets (issues 6 and 15) are 90 and 110 KB.
const BUDGET_GZIP = 117_700;

const env = useSite();

test(`everything the widget loads stays within ${BUDGET_GZIP / 1000} KB gzipped`, async () => {
  const { site } = env;
  const { page, close } = await openPage(env.browser, "about:blank");
  site.requests.length = 0;
  await page.goto(`${site.blogOrigin}/script-embed.html`);
  await expectCards(page.locator("role-explorer"), 4);
  await close();
  // The measured list must be exactly what the page loaded, so no file escapes the budget.
  const fetched = site.requests.filter((url) => url.startsWith(site.widgetOrigin)).map((url) => new URL(url).pathname.slice(1));
  assert.deepEqual([...new Set(fetched)].sort(), [...WIDGET_FILES].sort());

  const sizes = measure(WIDGET_FILES);
  console.log(`\n${table(sizes)}\n`);
  assert.ok(sizes.total.gzip <= BUDGET_GZIP, `${sizes.total.gzip} bytes gzipped is over the ${BUDGET_GZIP} budget`);
});

// Panic locations name source files: scripts/remap-paths.sh shortens the registry's and the
// standard library's paths to what is inside them, the same on every machine. (No browser.)
plainTest("the wasm names no folder of the machine that built it", () => {
  const wasm = readFileSync(join(DIST, "role-explorer-app_bg.wasm")).toString("latin1");
  for (const folder of [homedir(), "/.cargo/registry/", "index.crates.io-", "/.rustup/"]) {
    assert.ok(!wasm.includes(folder), `the wasm contains "${folder}"`);
  }
  assert.match(wasm, /yew-0\.\d+\.\d+\/src\/[a-z_\/]+\.rs/, "panic locations of dependencies, shortened");
});
