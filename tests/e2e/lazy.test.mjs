// End-to-end: loading="lazy" fetches the wasm only when the widget nears the viewport, and the
// page does not shift while it loads (Layout Instability API).
import assert from "node:assert/strict";
import { test, useSite, openPage, expectCards } from "./support.mjs";

const env = useSite();

test("a lazy widget loads its wasm only near the viewport, with no layout shift", async () => {
  const { page, problems, close } = await openPage(env.browser, "about:blank", { viewport: { width: 1000, height: 800 } });
  // Every layout shift the page sees, from its very start.
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: "layout-shift", buffered: true });
  });
  const wasm = [];
  page.on("request", (request) => request.url().endsWith(".wasm") && wasm.push(request.url()));
  await page.goto(`${env.site.blogOrigin}/lazy.html`);
  await page.waitForLoadState("load");
  const widget = page.locator("#lazy");

  // Far below the fold: nothing fetched, and the space is already reserved.
  await page.waitForTimeout(500);
  assert.deepEqual(wasm, []);
  const reserved = await widget.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(reserved >= 500, `reserved ${reserved}px`);

  // Scroll to half a screen above it: the widget starts before it is seen.
  await page.evaluate(() => window.scrollTo(0, 3000 - 800 - 400));
  await expectCards(widget, 4);
  assert.equal(wasm.length, 1);
  // Then read on into it and past it.
  for (let y = 2200; y <= 4200; y += 400) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(50);
  }
  await page.locator("#after").waitFor();
  const shift = await page.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
  assert.equal(shift, 0, `cumulative layout shift ${shift}`);
  assert.deepEqual(problems, []);
  await close();
});

test("a widget that is not lazy starts at once; a bad loading value is named", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/lazy.html`);
  await page.evaluate(() => {
    const eager = document.createElement("role-explorer");
    eager.setAttribute("loading", "soon");
    eager.id = "eager";
    document.getElementById("spacer").before(eager);
  });
  const eager = page.locator("#eager");
  await expectCards(eager, 4);
  assert.match(await eager.locator(".rx-notice").textContent(), /loading="soon" is not valid: use one of eager, lazy/);
  // The lazy widget, still far away, has not started.
  assert.equal(await page.locator("#lazy .rx-card").count(), 0);
  await close();
});

// "family size weight" as the browser resolves them: of the placeholder's words, or of every
// text and form control the widget shows.
const fonts = (widget, of) => widget.evaluate((el, of) => {
  const font = (e) => { const s = getComputedStyle(e); return `${s.fontFamily} ${s.fontSize} ${s.fontWeight}`; };
  const root = el.shadowRoot;
  if (of === "placeholder") return [...root.querySelectorAll(".rx-fonts > *")].map(font);
  const used = new Set([...root.querySelectorAll("input, select")].map(font));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) if (node.data.trim()) used.add(font(node.parentElement));
  return [...used];
}, of);

test("the placeholder has the browser look up every font the widget then uses", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/lazy.html`);
  const widget = page.locator("#lazy");
  // Far away, the lazy widget shows only its placeholder, which adds a word a frame.
  await page.waitForFunction(() => document.querySelector("#lazy").shadowRoot.querySelectorAll(".rx-fonts > *").length === 6);
  const warmed = await fonts(widget, "placeholder");

  await page.evaluate(() => window.scrollTo(0, 2800));
  await expectCards(widget, 4);
  // Every state with text of its own: a chosen chip, an open card, a comparison.
  await widget.locator(".rx-chip").first().click();
  await widget.locator(".rx-chip").first().click();
  await widget.locator(".rx-disclosure").first().click();
  for (const card of await widget.locator(".rx-card").all()) await card.locator(".rx-compare").click();
  await widget.locator(".rx-comparison").waitFor();
  const missing = (await fonts(widget, "shown")).filter((font) => !warmed.includes(font));
  assert.deepEqual(missing, [], `fonts the placeholder did not look up: ${missing.join("; ")}`);
  assert.deepEqual(problems, []);
  await close();
});
