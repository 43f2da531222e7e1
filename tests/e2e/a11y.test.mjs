// End-to-end: accessibility. axe-core finds nothing on the demo page and in every state of the
// widget, light and dark; the keyboard reaches everything in order, with a visible focus ring.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test, useSite, openPage, staticServer, closeServer, origin, DIST, expectCards } from "./support.mjs";

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
    await widget.locator(".rx-chip", { hasText: "Design and development" }).click();
    await widget.locator("input[type=search]").fill("hospital");
    await expectCards(widget, 1);
    await audit(page, "filtered");
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
    await close();
  }
});

test("the keyboard reaches search, sort, chips, card buttons and links in order, with a visible ring", async () => {
  const { page, close } = await openPage(env.browser, `${origin(demo)}/`);
  const widget = page.locator("role-explorer").first();
  await expectCards(widget, 4);
  await widget.locator("input[type=search]").focus();
  const stops = [];
  for (let i = 0; i < 40; i++) {
    stops.push(await page.evaluate(() => {
      const el = document.querySelector("role-explorer").shadowRoot.activeElement;
      if (!el) return null;
      const ring = getComputedStyle(el);
      return { what: el.className || el.localName, ring: ring.outlineStyle !== "none" && parseFloat(ring.outlineWidth) >= 2 };
    }));
    if (!stops.at(-1)) break;
    await page.keyboard.press("Tab");
  }
  const order = stops.filter(Boolean).map((s) => s.what);
  // Search, sort, every chip (clear-all is disabled until something is chosen), each card's
  // details and compare buttons, then the credit link: the order they are read in.
  const chips = await widget.locator(".rx-chip").count();
  const cards = Array(4).fill(["rx-disclosure", "rx-compare"]).flat();
  assert.deepEqual(order, ["input", "select", ...Array(chips).fill("rx-chip"), ...cards, "a"]);
  assert.ok(stops.filter(Boolean).every((s) => s.ring), "every stop shows a focus ring");
  // Enter on a chip toggles it.
  await widget.locator(".rx-chip").first().focus();
  await page.keyboard.press("Enter");
  assert.equal(await widget.locator(".rx-chip").first().getAttribute("aria-pressed"), "true");
  await close();
});
