// End-to-end: the reader's first screen. Cards come first at any width and any scale; the skill
// facets open on demand, show each category's first chips with "Show N more", narrow by name
// when there are many, and the filters attribute chooses compact, open or none.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { test, useSite, openPage, staticServer, closeServer, origin, DIST, expectCards, expectMatches, openFacets } from "./support.mjs";
import { generateRoles, SKILLS } from "../../bench/gen-roles.mjs";

const env = useSite();
let demo;
before(async () => {
  demo = await staticServer(DIST);
});
after(() => demo && closeServer(demo));

// How far below the widget's top its first card starts.
const firstCard = (widget) => widget.evaluate((el) =>
  el.shadowRoot.querySelector(".rx-card").getBoundingClientRect().top - el.getBoundingClientRect().top);

// 1,000 O*NET roles (bench/gen-roles.mjs) whose 60 skills keep their six categories.
function thousandRoles() {
  const category = Object.fromEntries(Object.entries(SKILLS).flatMap(([c, names]) => names.map((n) => [n, c])));
  return generateRoles(1000).roles.map((role) => ({
    ...role, skills: role.skills.map((name) => ({ name, category: category[name] })),
  }));
}

for (const width of [1280, 360]) {
  test(`at ${width} px the demo post's first card starts within 260 px of the widget's top`, async () => {
    const { page, problems, close } = await openPage(env.browser, `${origin(demo)}/`, { viewport: { width, height: 800 } });
    const widget = page.locator("role-explorer").first();
    await expectCards(widget, 4);
    const top = await firstCard(widget);
    assert.ok(top <= 260, `the first card starts ${top}px below the widget's top`);
    assert.deepEqual(problems, []);
    await close();
  });

  test(`at ${width} px, with 1,000 roles and 60 skills, the cards stay on the first screen and the facets show every category`, async () => {
    const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`, { viewport: { width, height: 800 } });
    const widget = page.locator("#prop");
    await expectCards(widget, 1);
    await page.evaluate((roles) => { document.getElementById("prop").roles = roles; }, thousandRoles());
    await expectMatches(widget, 1000);
    const top = await firstCard(widget);
    assert.ok(top <= 400, `the first card starts ${top}px below the widget's top`);
    await openFacets(widget);
    const legends = await widget.locator(".rx-chips legend").allTextContents();
    assert.deepEqual([...legends].sort(), Object.keys(SKILLS).sort());
    // Each category shows its six most shared chips, and offers the rest.
    for (const group of await widget.locator(".rx-chips").all()) {
      assert.equal(await group.locator(".rx-chip").count(), 6);
      assert.match(await group.locator(".rx-group-toggle").textContent(), /^Show [345] more$/);
    }
    await close();
  });
}

test("past twenty skills a box narrows the chips by name; Show N more and Show fewer in place", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const widget = page.locator("#prop");
  await page.evaluate((roles) => { document.getElementById("prop").roles = roles; }, thousandRoles());
  await expectMatches(widget, 1000);
  await openFacets(widget);
  const narrow = widget.locator(".rx-narrow input");
  // Chips with a word that starts as typed, in any case: "Sales", not "Persuasion". Typed key
  // by key, while the categories shown drop from six to one: the box keeps focus throughout.
  await narrow.fill("SAL");
  await widget.waitForFunction((el) => el.shadowRoot.querySelectorAll(".rx-chip").length === 1);
  assert.match(await widget.locator(".rx-chip").textContent(), /^Sales\d/);
  assert.deepEqual(await widget.locator(".rx-chips legend").allTextContents(), ["Working with people"]);
  await narrow.fill("zither");
  assert.equal(await widget.locator(".rx-facets p").textContent(), "No skill matches “zither”.");
  await narrow.fill("");
  await widget.waitForFunction((el) => el.shadowRoot.querySelectorAll(".rx-chips").length === 6);
  // "Show N more" shows a category's every chip; "Show fewer" folds it again.
  const technical = widget.locator(".rx-chips", { hasText: "Technical" });
  await technical.locator(".rx-group-toggle").click();
  assert.equal(await technical.locator(".rx-chip").count(), SKILLS.Technical.length);
  assert.equal(await technical.locator(".rx-group-toggle").textContent(), "Show fewer");
  await technical.locator(".rx-group-toggle").click();
  assert.equal(await technical.locator(".rx-chip").count(), 6);
  // A chip past the first six, once chosen, stays in sight; chips still combine with AND.
  await technical.locator(".rx-group-toggle").click();
  const chip = technical.locator(".rx-chip").nth(SKILLS.Technical.length - 1);
  const last = (await chip.textContent()).replace(/\d.*/, "");
  await chip.click();
  await technical.locator(".rx-group-toggle").click();
  assert.equal(await technical.locator(".rx-chip").count(), 7);
  assert.match(await technical.locator(".rx-chip[aria-pressed=true]").textContent(), new RegExp(`^${last}\\d`));
  const count = async () => Number((await widget.locator(".rx-count").textContent()).split(" ")[0].replace(",", ""));
  const one = await count();
  await technical.locator(".rx-chip:not([aria-pressed=true]):not([disabled])").first().click();
  await widget.waitForFunction((el, n) => !el.shadowRoot.querySelector(".rx-count").textContent.startsWith(`${n} `), one);
  assert.ok((await count()) < one);
  await close();
});

test('filters="open" shows the facets from the start; filters="none" offers search alone', async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const widget = page.locator("#seed");
  await expectCards(widget, 4);
  assert.equal(await widget.locator(".rx-toggle").getAttribute("aria-expanded"), "false");
  assert.equal(await widget.locator(".rx-facets").count(), 0);
  await widget.evaluate((el) => el.setAttribute("filters", "open"));
  await widget.locator(".rx-facets").waitFor();
  assert.equal(await widget.locator(".rx-toggle").count(), 0);
  assert.deepEqual(await widget.locator(".rx-chips legend").allTextContents(), ["Management", "Technical skills", "Domain knowledge"]);
  // Search alone; skills chosen by the blogger still show, and a press removes them.
  await widget.evaluate((el) => {
    el.setAttribute("filters", " NONE ");
    el.setAttribute("skills", "HIPAA");
  });
  await expectCards(widget, 1);
  assert.equal(await widget.locator(".rx-facets").count() + await widget.locator(".rx-toggle").count(), 0);
  await widget.locator(".rx-remove").click();
  await expectCards(widget, 4);
  // The pressed button went with its skill: focus waits in the search box, not on the page.
  const focused = () => widget.evaluate((el) => el.shadowRoot.activeElement?.getAttribute("type"));
  assert.equal(await focused(), "search");
  await widget.locator("input[type=search]").fill("analyst");
  await expectCards(widget, 1);
  assert.equal(await widget.locator(".rx-notice").count(), 0);
  await widget.evaluate((el) => el.shadowRoot.activeElement?.blur());
  await widget.locator(".rx-clear").click();
  await expectCards(widget, 4);
  assert.equal(await focused(), "search");
  await close();
});
