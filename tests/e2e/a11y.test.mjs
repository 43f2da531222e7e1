// End-to-end: accessibility. axe-core finds nothing on the demo page and in every state of the
// widget, light and dark; the keyboard reaches everything in order, with a visible focus ring.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test, useSite, openPage, staticServer, closeServer, origin, DIST, expectCards, openFacets } from "./support.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const env = useSite();
let demo;
before(async () => {
  demo = await staticServer(DIST);
});
after(() => demo && closeServer(demo));

// Every axe rule (WCAG 2.0 to 2.2 A and AA, and best practices), in and out of shadow roots.
async function audit(page, state) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], `axe violations (${state})`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`the demo page in every state has no axe violations (${colorScheme})`, async () => {
    const { page, problems, close } = await openPage(env.browser, `${origin(demo)}/`, { colorScheme });
    const widget = page.locator("role-explorer").first();
    await expectCards(widget, 4);
    await audit(page, "start");
    await widget.locator(".rx-disclosure").first().click();
    await audit(page, "a card open");
    await openFacets(widget);
    await audit(page, "facets open");
    await widget.locator(".rx-group-toggle").first().click();
    await audit(page, "a category's every chip");
    await widget.locator(".rx-narrow input").fill("dev");
    await audit(page, "chips narrowed");
    await widget.locator(".rx-narrow input").fill("juggling");
    await widget.locator(".rx-facets p").waitFor();
    await audit(page, "no chip fits");
    await widget.locator(".rx-narrow input").fill("");
    await widget.locator(".rx-chip", { hasText: "Design and development" }).click();
    await widget.locator("input[type=search]").fill("hospital");
    await expectCards(widget, 1);
    await audit(page, "filtered");
    await widget.locator(".rx-toggle").click();
    await widget.locator(".rx-remove").waitFor();
    await audit(page, "filtered, facets closed");
    await widget.locator("input[type=search]").fill("astronaut");
    await expectCards(widget, 0);
    await widget.locator(".rx-empty").waitFor();
    await audit(page, "empty");
    assert.deepEqual(problems, []);
    await close();
  });
}

test("the audit sees inside the widget's shadow root", async () => {
  const { page, close } = await openPage(env.browser, `${origin(demo)}/`);
  const widget = page.locator("role-explorer").first();
  await expectCards(widget, 4);
  // A nameless button planted in the shadow root must be caught.
  await widget.evaluate((el) => el.shadowRoot.querySelector(".rx-cards").append(document.createElement("button")));
  await assert.rejects(audit(page, "planted"), /button-name: role-explorer/);
  await close();
});

test("faults, notices, Arabic and custom accents have no axe violations", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/states.html`, { colorScheme });
    for (const id of ["refused", "missing"]) await page.locator(`#${id} .rx-fault`).waitFor();
    for (const id of ["arabic", "yellow", "navy"]) await page.locator(`#${id} .rx-card`).first().waitFor();
    await audit(page, `faults, notices, Arabic, accents (${colorScheme})`);
    // Open facets in Arabic, and chosen skills (skills="HIPAA") against each accent.
    for (const id of ["arabic", "yellow", "navy"]) await openFacets(page.locator(`#${id}`));
    await page.locator("#arabic .rx-group-toggle").first().click();
    await audit(page, `facets open: Arabic, accents (${colorScheme})`);
    await close();
  }
});

// Tabs from `from` through the first widget until focus leaves it: each stop's class (or tag)
// and whether it shows a focus ring.
async function tabStops(page, from) {
  await from.focus();
  const stops = [];
  for (let i = 0; i < 80; i++) {
    const stop = await page.evaluate(() => {
      const el = document.querySelector("role-explorer").shadowRoot.activeElement;
      if (!el) return null;
      const ring = getComputedStyle(el);
      return { what: el.className || el.localName, ring: ring.outlineStyle !== "none" && parseFloat(ring.outlineWidth) >= 2 };
    });
    if (!stop) break;
    stops.push(stop);
    await page.keyboard.press("Tab");
  }
  assert.ok(stops.every((s) => s.ring), "every stop shows a focus ring");
  return stops.map((s) => s.what);
}

test("the keyboard reaches search, sort, the facets, card buttons and links in order, with a visible ring", async () => {
  const { page, close } = await openPage(env.browser, `${origin(demo)}/`);
  const widget = page.locator("role-explorer").first();
  await expectCards(widget, 4);
  // Search, sort, "Filter by skill" (clear-all shows once something is chosen), each card's
  // details and compare buttons, then the credit link: the order they are read in.
  const cards = Array(4).fill(["rx-disclosure", "rx-compare"]).flat();
  const closed = await tabStops(page, widget.locator("input[type=search]"));
  assert.deepEqual(closed, ["input", "select", "rx-toggle", ...cards, "a"]);
  // Enter on "Filter by skill" opens the facets, next in reading order: the box that narrows
  // them, then each category's chips and its "Show N more".
  await widget.locator(".rx-toggle").focus();
  await page.keyboard.press("Enter");
  assert.equal(await widget.locator(".rx-toggle").getAttribute("aria-expanded"), "true");
  const inFacets = await widget.locator(".rx-facets").evaluate((el) =>
    [...el.querySelectorAll("input, button")].map((n) => n.className || n.localName));
  assert.deepEqual(inFacets.slice(0, 8), ["input", ...Array(6).fill("rx-chip"), "rx-group-toggle"]);
  const open = await tabStops(page, widget.locator(".rx-toggle"));
  assert.deepEqual(open, ["rx-toggle", ...inFacets, ...cards, "a"]);
  // Enter on "Show N more" shows the rest and keeps focus there; Enter on a chip toggles it.
  const more = widget.locator(".rx-group-toggle").first();
  await more.focus();
  await page.keyboard.press("Enter");
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  assert.equal(await more.textContent(), "Show fewer");
  assert.equal(await page.evaluate(() => document.querySelector("role-explorer").shadowRoot.activeElement.className), "rx-group-toggle");
  await widget.locator(".rx-chip").first().focus();
  await page.keyboard.press("Enter");
  assert.equal(await widget.locator(".rx-chip").first().getAttribute("aria-pressed"), "true");
  await close();
});
