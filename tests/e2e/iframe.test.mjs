// End-to-end: the iframe form (embed.html) on a host page, framed as WordPress frames an oEmbed:
// <iframe sandbox="allow-scripts"> without allow-same-origin, so the frame has an opaque origin (no
// storage, no cookies, every fetch with CORS). In every engine, the host page sees the frame post
// its height and the resizer size the frame from it; inside the frame, in headless Chromium
// (Playwright, which reaches into a cross-origin frame), the widget shows its cards and filters,
// paints the frame in its theme's background without a scrollbar, and passes axe-core.
import { test as nodeTest, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test, useSite, openPage, sendPage, launchChromium } from "./support.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const QUERY = "theme=dark&roles=health-integration-engineer,healthcare-systems-analyst,it-resource-manager";

// A post with the frame; `resizer` adds the resizer script. Every message the host gets is kept.
const post = (resizer, query = QUERY) => (req, res) => sendPage(res, `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>A post with the iframe form</title>
  <script>window.messages = []; addEventListener("message", (e) => window.messages.push(e.data));</script></head>
  <body><h1>A post</h1>
  <iframe id="frame" src="${env.site.widgetOrigin}/embed.html?${query}" sandbox="allow-scripts" title="Role Explorer: job roles"
    loading="lazy" width="100%" height="640" style="border:0;width:100%"></iframe>
  ${resizer ? `<script type="module" src="${env.site.widgetOrigin}/role-explorer-resizer.js"></script>` : ""}
  <p id="after">The post goes on.</p></body></html>`);

const env = useSite({ routes: { "/framed.html": post(true), "/fixed.html": post(false, `${QUERY}&filters=open`) } });

// The heights the frame posted, once it has posted at least one after its widget's cards.
const frameHeights = (page) => page.evaluate(() => window.messages.filter((m) => m?.type === "role-explorer:resize").map((m) => m.height));

test("with the resizer, the sandboxed frame grows to the height it posts", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/framed.html`);
  // The placeholder posts its height, then the widget (3 cards) its own: wait until no new height
  // has come for half a second, and the frame has taken the last.
  let count = -1;
  for (let tries = 0; ; tries++) {
    const heights = await frameHeights(page);
    if (heights.length && heights.length === count) break;
    assert.ok(tries < 30, `the frame's heights did not settle: ${heights}`);
    count = heights.length;
    await page.waitForTimeout(500);
  }
  await page.waitForFunction(() => {
    const heights = window.messages.filter((m) => m?.type === "role-explorer:resize").map((m) => m.height);
    return document.getElementById("frame").style.height === `${heights.at(-1)}px`;
  });
  const heights = await frameHeights(page);
  assert.ok(heights.every((h) => Number.isInteger(h) && h > 0), `${heights}`);
  assert.notEqual(heights.at(-1), 640, "the frame kept the snippet's height");
  assert.equal(await page.locator("#frame").evaluate((el) => el.getBoundingClientRect().height), heights.at(-1));
  // Messages of another shape, or from the page itself rather than the frame, change nothing.
  await page.evaluate(() => {
    for (const data of [{ type: "role-explorer:resize", height: 5 }, { type: "role-explorer:resize", height: "9e9" }, null, "x", 7]) postMessage(data, "*");
  });
  await page.waitForTimeout(200);
  assert.equal(await page.locator("#frame").evaluate((el) => el.style.height), `${heights.at(-1)}px`);
  assert.deepEqual(problems, []);
  await close();
});

// With the facets open from the start (filters=open), the widget is taller than the frame.
test("without the resizer, the frame keeps its height and the widget scrolls inside it", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/fixed.html`);
  await page.waitForFunction(() => window.messages.some((m) => m?.type === "role-explorer:resize" && m.height > 640), undefined, { timeout: 15_000 });
  assert.equal(await page.locator("#frame").evaluate((el) => el.getBoundingClientRect().height), 640);
  assert.deepEqual(problems, []);
  await close();
});

// Inside the frame: Chromium only, through Playwright's frames (the tests' WebDriver driver has none).
let chromium;
before(async () => { chromium = await launchChromium(); });
after(() => chromium?.close());

nodeTest("inside the sandboxed frame (Chromium): cards, filters, the theme's background, no scrollbar, no axe violation", async () => {
  const page = await chromium.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`${env.site.blogOrigin}/framed.html`);
  const frame = page.frameLocator("#frame");
  const widget = frame.locator("role-explorer");
  await widget.locator(".rx-card").nth(2).waitFor();
  assert.equal(await widget.locator(".rx-card").count(), 3);
  assert.equal(await widget.locator(".rx").getAttribute("data-theme"), "dark");
  // The filters work: the search narrows the cards.
  await widget.locator("input[type=search]").fill("Resource");
  await widget.locator(".rx-count").filter({ hasText: /^1 of 3 roles/ }).waitFor();
  assert.equal(await widget.locator(".rx-card").count(), 1);
  const inner = page.frames().find((f) => f.url().includes("embed.html"));
  // An opaque origin: no storage, as WordPress's oEmbed sandbox gives.
  assert.equal(await inner.evaluate(() => origin), "null");
  await page.waitForFunction(() => {
    const frame = document.getElementById("frame");
    return frame.style.height && Math.abs(frame.getBoundingClientRect().height - parseFloat(frame.style.height)) < 1;
  });
  const look = await inner.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    widget: getComputedStyle(document.querySelector("role-explorer").shadowRoot.querySelector(".rx")).backgroundColor,
    overflows: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  assert.deepEqual(look, { page: "rgb(20, 24, 28)", widget: "rgb(20, 24, 28)", overflows: false });
  await inner.addScriptTag({ path: AXE });
  const violations = await inner.evaluate(async () =>
    (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});
