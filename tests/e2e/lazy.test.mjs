// End-to-end: loading="lazy" fetches the wasm only when the widget nears the viewport, and the
// page does not shift while it loads: the widget renders in the place it reserved without moving
// what the reader sees, and, where the engine has the Layout Instability API, the cumulative
// layout shift of reading past it is 0.
import assert from "node:assert/strict";
import { test, useSite, openPage, expectCards, openFacets } from "./support.mjs";

const env = useSite();
const wasmRequests = () => env.site.requests.filter((url) => url.endsWith(".wasm"));

// Opens the long post, its widget far below the fold, with every layout shift recorded from the
// page's start where the engine reports them.
async function openLongPost() {
  const opened = await openPage(env.browser, "about:blank", { viewport: { width: 1000, height: 800 } });
  await opened.page.addInitScript(() => {
    window.shifts = [];
    if (!PerformanceObserver.supportedEntryTypes.includes("layout-shift")) return;
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: "layout-shift", buffered: true });
  });
  env.site.requests.length = 0;
  await opened.page.goto(`${env.site.blogOrigin}/lazy.html`);
  await opened.page.waitForLoadState("load");
  return { ...opened, widget: opened.page.locator("#lazy") };
}

// Scrolls to half a screen above the widget, where it starts, and waits for its cards. Answers
// the scroll position and the widget's place in the viewport as it started and once it rendered.
async function startWidget(page, widget) {
  const place = () => page.evaluate(() => [window.scrollY, document.getElementById("lazy").getBoundingClientRect().top]);
  await page.evaluate(() => window.scrollTo(0, 3000 - 800 - 400));
  const started = await place();
  await expectCards(widget, 4);
  return [started, await place()];
}

// Reads on from above the widget into it and past it.
async function readPast(page) {
  for (let y = 2200; y <= 4200; y += 400) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(50);
  }
  await page.locator("#after").waitFor();
}

test("a lazy widget loads its wasm only near the viewport and renders where it reserved space", async () => {
  const { page, widget, problems, close } = await openLongPost();
  // Far below the fold: nothing fetched, and the space is already reserved.
  await page.waitForTimeout(500);
  assert.deepEqual(wasmRequests(), []);
  const reserved = await widget.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(reserved >= 500, `reserved ${reserved}px`);
  const [started, rendered] = await startWidget(page, widget);
  assert.equal(wasmRequests().length, 1);
  assert.deepEqual(rendered, started, "the page scrolled, or the widget moved, as it rendered");
  await readPast(page);
  assert.deepEqual(problems, []);
  await close();
});

test("reading past a lazy widget shows no layout shift (Layout Instability API)", async (t) => {
  const { page, widget, close } = await openLongPost();
  if (!(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("layout-shift")))) {
    return t.skip(`${env.browser.name} has no Layout Instability API (no "layout-shift" performance entries)`);
  }
  await startWidget(page, widget);
  await readPast(page);
  const shift = await page.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
  assert.equal(shift, 0, `cumulative layout shift ${shift}`);
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
  // Every state with text of its own: open facets, a chosen chip (in the facets and among
  // the chosen), an open card, a comparison.
  await openFacets(widget);
  await widget.locator(".rx-chip").first().click();
  await widget.locator(".rx-remove").waitFor();
  await widget.locator(".rx-disclosure").first().click();
  for (const card of await widget.locator(".rx-card").all()) await card.locator(".rx-compare").click();
  await widget.locator(".rx-comparison").waitFor();
  const missing = (await fonts(widget, "shown")).filter((font) => !warmed.includes(font));
  assert.deepEqual(missing, [], `fonts the placeholder did not look up: ${missing.join("; ")}`);
  assert.deepEqual(problems, []);
  await close();
});
