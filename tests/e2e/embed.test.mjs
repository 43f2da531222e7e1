// End-to-end: the widget embedded in blog pages served from another 127.0.0.1 origin.
import assert from "node:assert/strict";
import { test, useSite, openPage, titles, expectCards, openFacets } from "./support.mjs";

const ALL_FOUR = [
  "Health Integration Engineer",
  "Healthcare Project Manager",
  "IT Resource Manager",
  "Healthcare Systems Analyst",
];

const env = useSite();

async function open(path) {
  const opened = await openPage(env.browser, `${env.site.blogOrigin}/${path}`);
  // Every test also proves the page stayed free of errors.
  opened.assertClean = () => assert.deepEqual(opened.problems, []);
  return opened;
}

test("the script tag renders four cards right where it stands, cross-origin", async () => {
  assert.notEqual(new URL(env.site.blogOrigin).port, new URL(env.site.widgetOrigin).port);
  const { page, assertClean, close } = await open("script-embed.html");
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  assert.deepEqual(await titles(widget), ALL_FOUR);
  const neighbours = await page.evaluate(() => {
    const el = document.querySelector("role-explorer");
    return [el.previousElementSibling.tagName, el.nextElementSibling.id];
  });
  assert.deepEqual(neighbours, ["SCRIPT", "after"]);
  // data-* attributes on the script tag are the widget's settings.
  assert.equal(await widget.locator("h2").textContent(), "Hot jobs");
  assert.equal(await widget.locator(".rx").getAttribute("data-theme"), "dark");
  const accent = await widget.locator(".rx").evaluate((el) => getComputedStyle(el).getPropertyValue("--_accent"));
  assert.equal(accent, "#ffd700");
  assertClean();
  await close();
});

test("typing HIPAA leaves only the Healthcare Project Manager", async () => {
  const { page, assertClean, close } = await open("script-embed.html");
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  await widget.locator("input[type=search]").fill("HIPAA");
  await expectCards(widget, 1);
  assert.deepEqual(await titles(widget), ["Healthcare Project Manager"]);
  assert.equal(await widget.locator(".rx-count").textContent(), "1 of 4 roles");
  assert.equal(await widget.locator(".rx-count").getAttribute("aria-live"), "polite");
  assertClean();
  await close();
});

test("chips narrow the cards, chosen ones stay in sight to remove, and clear-all restores four", async () => {
  const { page, assertClean, close } = await open("script-embed.html");
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  // Nothing chosen, nothing to clear: the search row alone.
  assert.equal(await widget.locator(".rx-chosen").count(), 0);
  await openFacets(widget);
  const chip = (name) => widget.locator(".rx-chip", { hasText: name });
  await chip("Design and development").click();
  await expectCards(widget, 2);
  assert.equal(await chip("Design and development").getAttribute("aria-pressed"), "true");
  await chip("Working with people").click();
  await expectCards(widget, 1);
  assert.deepEqual(await titles(widget), ["Healthcare Project Manager"]);
  // Closed facets still show what is chosen, in the order chosen; a press unchooses one.
  await widget.locator(".rx-toggle").click();
  assert.equal(await widget.locator(".rx-facets").count(), 0);
  const chosen = widget.locator(".rx-remove");
  assert.deepEqual(await chosen.allTextContents(), ["Remove skill: Design and development", "Remove skill: Working with people"]);
  await chosen.nth(1).click();
  await expectCards(widget, 2);
  await widget.locator(".rx-filters .rx-clear").click();
  await expectCards(widget, 4);
  assert.equal(await widget.locator(".rx-chosen").count(), 0);
  await openFacets(widget);
  assert.equal(await chip("Design and development").getAttribute("aria-pressed"), "false");
  assertClean();
  await close();
});

test("the disclosure is a keyboard-operable button that opens the responsibilities", async () => {
  const { page, assertClean, close } = await open("script-embed.html");
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  const card = widget.locator(".rx-card", { hasText: "IT Resource Manager" });
  const button = card.locator("button.rx-disclosure");
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  assert.equal(await card.locator(".rx-details").isVisible(), false);
  await button.focus();
  await page.keyboard.press("Enter");
  await card.locator(".rx-details").waitFor({ state: "visible" });
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  assert.match(await card.locator(".rx-details").textContent(), /Anticipating shortages before they happen/);
  await page.keyboard.press("Space");
  await card.locator(".rx-details").waitFor({ state: "hidden" });
  assertClean();
  await close();
});

test("two element widgets on one page keep their own settings and state; a doubled script is harmless", async () => {
  const { page, assertClean, close } = await open("two-widgets.html");
  const all = page.locator("#all");
  const two = page.locator("#two");
  await expectCards(all, 4);
  await expectCards(two, 2);
  assert.equal(await page.locator("role-explorer").count(), 2, "the scripts in <head> add no widget");
  assert.deepEqual(await titles(two), ["Health Integration Engineer", "Healthcare Systems Analyst"]);
  assert.equal(await two.locator(".rx").getAttribute("data-theme"), "dark");
  assert.equal(await all.locator(".rx").getAttribute("data-theme"), "auto");

  await all.locator("input[type=search]").fill("HIPAA");
  await expectCards(all, 1);
  assert.equal(await two.locator(".rx-card").count(), 2);
  assert.equal(await two.locator("input[type=search]").inputValue(), "");
  assertClean();
  await close();
});

test("changing an attribute re-renders live; removing the element unmounts it cleanly", async () => {
  const { page, assertClean, close } = await open("two-widgets.html");
  const all = page.locator("#all");
  await expectCards(all, 4);
  await page.evaluate(() => document.querySelector("#all").setAttribute("roles", "it-resource-manager"));
  await expectCards(all, 1);
  assert.deepEqual(await titles(all), ["IT Resource Manager"]);
  await page.evaluate(() => document.querySelector("#all").setAttribute("theme", "dark"));
  await page.waitForFunction(() =>
    document.querySelector("#all").shadowRoot.querySelector(".rx").dataset.theme === "dark");
  await page.evaluate(() => document.querySelector("#all").setAttribute("query", "HIPAA"));
  await page.evaluate(() => document.querySelector("#all").setAttribute("roles", ""));
  await expectCards(all, 1);
  assert.deepEqual(await titles(all), ["Healthcare Project Manager"]);

  // Removing unmounts; putting it back mounts again.
  const shadowAfterRemoval = await page.evaluate(async () => {
    const el = document.querySelector("#all");
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    const left = el.shadowRoot.childElementCount;
    document.body.prepend(el);
    return left;
  });
  assert.equal(shadowAfterRemoval, 0);
  await expectCards(all, 1);
  // A wrong value is named inside the widget, and the other widget is unaffected.
  await page.evaluate(() => document.querySelector("#all").setAttribute("layout", "masonry"));
  await all.locator(".rx-notice").waitFor();
  assert.match(await all.locator(".rx-notice").textContent(), /layout="masonry" is not valid/);
  assert.equal(await page.locator("#two .rx-notice").count(), 0);
  assertClean();
  await close();
});

test("a host page's aggressive global CSS leaves the widget intact", async () => {
  const { page, assertClean, close } = await open("hostile-css.html");
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  assert.equal(await widget.locator(".rx-toggle").isVisible(), true, "buttons stay visible");
  await openFacets(widget);
  assert.equal(await widget.locator(".rx-chip").first().isVisible(), true, "chips too");
  assert.equal(await widget.locator("input[type=search]").isVisible(), true);
  assert.equal(await widget.locator(".rx-disclosure").first().isVisible(), true);
  const style = await widget.locator(".rx-title").first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, fontSize: s.fontSize, transform: s.textTransform, display: getComputedStyle(el).display };
  });
  assert.notEqual(style.color, "rgb(255, 0, 0)");
  assert.ok(parseFloat(style.fontSize) < 24, `title font-size ${style.fontSize}`);
  assert.equal(style.transform, "none");
  assert.equal(style.display, "block");
  // Cards still lay out as a grid of boxes, not inline text.
  const box = await widget.locator(".rx-card").first().boundingBox();
  assert.ok(box.height > 100 && box.width > 200, JSON.stringify(box));
  // The widget's styles do not leak out: host text keeps the host's rules.
  assert.equal(await page.locator("p").first().evaluate((el) => getComputedStyle(el).color), "rgb(255, 0, 0)");
  assertClean();
  await close();
});

test("on a 320 px phone the widget fits without horizontal scrolling", async () => {
  const { page, assertClean, close } = await openPage(env.browser, `${env.site.blogOrigin}/script-embed.html`, {
    viewport: { width: 320, height: 640 },
  }).then((o) => ({ ...o, assertClean: () => assert.deepEqual(o.problems, []) }));
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  const box = await widget.locator(".rx-card").first().boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
  assertClean();
  await close();
});
