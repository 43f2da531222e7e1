// The size budget: everything the widget loads, measured from what a real page fetches.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startSite, launchChromium, openPage, expectCards } from "./support.mjs";
import { measure, table, WIDGET_FILES } from "../../bench/size.mjs";

// Bytes, all files together, stable toolchain. A regression guard; the target (issue 6) is 90 KB.
const BUDGET_GZIP = 131_000;

test("everything the widget loads stays within 131 KB gzipped", async () => {
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
