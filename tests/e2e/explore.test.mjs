// End-to-end: exploring in depth. Marked matches, ranking and sorting, typos, several words,
// facets by category, an open role's details, and comparing roles side by side (on a phone too).
import assert from "node:assert/strict";
import { test, useSite, openPage, titles, expectCards, openFacets } from "./support.mjs";

const env = useSite();

async function seed(options) {
  const opened = await openPage(env.browser, `${env.site.blogOrigin}/two-widgets.html`, options);
  const widget = opened.page.locator("#all");
  await expectCards(widget, 4);
  return { ...opened, widget, search: (text) => widget.locator("input[type=search]").fill(text) };
}

const marks = (widget, selector) => widget.locator(`${selector} mark`).allTextContents();

test("search words are marked in every field shown, ignoring case and accents", async () => {
  const { widget, search, problems, close } = await seed();
  await search("hôspital");
  await expectCards(widget, 1);
  const card = widget.locator(".rx-card");
  assert.deepEqual(await marks(card, ".rx-summary"), ["hospital"]);
  assert.deepEqual(await marks(card, ".rx-tags li"), ["Hospital", "Hospital"]);
  await card.locator(".rx-disclosure").click();
  assert.deepEqual(await marks(card, ".rx-details li"), ["hospital"]);
  await search("healthcare project");
  await expectCards(widget, 3);
  // The title match comes first, marked word by word; marks are text, the title reads the same.
  const first = widget.locator(".rx-card").first();
  assert.equal(await first.locator(".rx-title").textContent(), "Healthcare Project Manager");
  assert.deepEqual(await marks(first, ".rx-title"), ["Healthcare", "Project"]);
  assert.deepEqual(problems, []);
  await close();
});

test("a title match ranks above a skill match above a responsibility match; sort by title", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const widget = page.locator("#prop");
  await expectCards(widget, 1);
  await page.evaluate(() => {
    document.getElementById("prop").roles = [
      { id: "duty", title: "Clerk", responsibilities: ["Audit the books"] },
      { id: "skill", title: "Accountant", skills: ["Audit"] },
      { id: "none", title: "Nurse" },
      { id: "title", title: "Audit Lead" },
    ];
  });
  await expectCards(widget, 4);
  await widget.locator("input[type=search]").fill("audit");
  await expectCards(widget, 3);
  assert.deepEqual(await titles(widget), ["Audit Lead", "Accountant", "Clerk"]);
  await widget.locator("select").selectOption("title");
  await page.waitForFunction(() =>
    document.getElementById("prop").shadowRoot.querySelector(".rx-title").textContent === "Accountant");
  assert.deepEqual(await titles(widget), ["Accountant", "Audit Lead", "Clerk"]);
  await widget.locator("input[type=search]").fill("");
  await expectCards(widget, 4);
  assert.deepEqual(await titles(widget), ["Accountant", "Audit Lead", "Clerk", "Nurse"]);
  await close();
});

test("one typo is forgiven in words of five letters or more; several words must all match", async () => {
  const { widget, search, close } = await seed();
  await search("analist");
  await expectCards(widget, 1);
  assert.deepEqual(await titles(widget), ["Healthcare Systems Analyst"]);
  assert.deepEqual(await marks(widget, ".rx-title"), ["Analyst"]);
  await search("managment");
  await expectCards(widget, 2);
  await search("hipa");
  await expectCards(widget, 1); // a prefix, not a typo
  await search("tset");
  await expectCards(widget, 0); // four letters: no typo forgiven
  await search("hospital team");
  await expectCards(widget, 1);
  assert.deepEqual(await titles(widget), ["Healthcare Project Manager"]);
  await close();
});

test("facets group the chips by category, count under the current filter, and never trap", async () => {
  const { widget, search, close } = await seed();
  await openFacets(widget);
  const legends = await widget.locator(".rx-chips legend").allTextContents();
  assert.deepEqual(legends, ["Management", "Technical skills", "Domain knowledge"]);
  await search("hospital");
  await expectCards(widget, 1);
  // Every chip of every category, past each one's first six.
  for (const more of await widget.locator(".rx-group-toggle").all()) await more.click();
  const chip = (name) => widget.locator(".rx-chip", { hasText: name });
  assert.equal(await chip("HIPAA").locator(".rx-chip-count").textContent(), "1 role");
  assert.equal(await chip("Testing").locator(".rx-chip-count").textContent(), "0 roles");
  assert.equal(await chip("Testing").isDisabled(), true);
  // Every chip still enabled leads to a non-empty list.
  const enabled = await widget.locator(".rx-chip:not([disabled])").count();
  for (let i = 0; i < enabled; i++) {
    const next = widget.locator(".rx-chip:not([disabled])").nth(i);
    await next.click();
    assert.ok((await widget.locator(".rx-card").count()) > 0);
    await next.click();
  }
  await close();
});

test("an open role shows its details and the skills it shares with the other roles shown", async () => {
  const { widget, search, close } = await seed();
  const manager = widget.locator(".rx-card", { hasText: "Healthcare Project Manager" });
  await manager.locator(".rx-disclosure").click();
  const details = manager.locator(".rx-details");
  assert.deepEqual(await details.locator("h4").allTextContents(), ["Responsibilities", "Skills shared with other roles shown"]);
  assert.deepEqual(await details.locator(".rx-shared li").allTextContents(), [
    "Design and development: Healthcare Systems Analyst",
    "Working with people: Health Integration Engineer",
  ]);
  // Only the roles in view count.
  await search("hospital");
  await expectCards(widget, 1);
  assert.equal(await details.locator(".rx-shared").count(), 0);
  await close();
});

test("cards that change places keep each role's own state: open, compared, its text", async () => {
  const { widget, search, problems, close } = await seed();
  const card = (i) => widget.locator(".rx-card").nth(i);
  const state = (i) => card(i).evaluate((el) => [el.dataset.role, el.querySelector(".rx-title").textContent,
    el.querySelector(".rx-disclosure").getAttribute("aria-expanded"), !!el.querySelector(".rx-details"),
    el.querySelector(".rx-compare").getAttribute("aria-pressed")]);
  // The third card is opened and chosen for comparison; then a search moves it to the top.
  assert.equal((await state(2))[0], "it-resource-manager");
  await card(2).locator(".rx-disclosure").click();
  await card(2).locator(".rx-compare").click();
  await search("resource");
  await expectCards(widget, 1);
  assert.deepEqual(await state(0), ["it-resource-manager", "IT Resource Manager", "true", true, "true"]);
  // Back in its place, the others closed and not compared, as they were.
  await search("");
  await expectCards(widget, 4);
  assert.deepEqual(await state(0), ["health-integration-engineer", "Health Integration Engineer", "false", false, "false"]);
  assert.deepEqual(await state(2), ["it-resource-manager", "IT Resource Manager", "true", true, "true"]);
  assert.deepEqual(problems, []);
  await close();
});

test("a card's buttons keep their focus when pressed with the keyboard; a card enters the list whole", async () => {
  const { page, widget, search, problems, close } = await seed();
  const card = widget.locator(".rx-card", { hasText: "IT Resource Manager" });
  const focused = () => widget.evaluate((el) => {
    const at = el.shadowRoot.activeElement;
    return [at?.closest(".rx-card")?.dataset.role, at?.className];
  });
  // A card changes in place, so the button pressed is still there, focused, after the change.
  for (const [button, state, value] of [["rx-compare", "aria-pressed", "true"], ["rx-disclosure", "aria-expanded", "true"]]) {
    await card.locator(`.${button}`).evaluate((el) => el.focus());
    await page.keyboard.press("Enter");
    await widget.waitForFunction((el, [b, s, v]) =>
      el.shadowRoot.querySelector(`[data-role=it-resource-manager] .${b}`).getAttribute(s) === v, [button, state, value]);
    assert.deepEqual(await focused(), ["it-resource-manager", button]);
  }
  await card.locator(".rx-details").waitFor();
  // Three cards come back: the list takes its cards at once, each already whole, and the
  // card "HIPAA" kept is the same element, not built again.
  await search("HIPAA");
  await expectCards(widget, 1);
  await widget.evaluate((el) => {
    const list = el.shadowRoot.querySelector(".rx-cards");
    window.kept = list.querySelector(".rx-card");
    window.cardsAdded = [];
    window.listChanges = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target === list) window.listChanges++;
        for (const node of record.addedNodes) {
          if (node.classList?.contains("rx-card")) {
            window.cardsAdded.push([record.target === list, node.dataset.role, node.querySelectorAll(".rx-title, .rx-tags li, .rx-compare").length > 2]);
          }
        }
      }
    }).observe(list, { childList: true, subtree: true });
  });
  await search("");
  await expectCards(widget, 4);
  const added = await page.evaluate(() => window.cardsAdded.sort());
  assert.deepEqual(added, [
    [true, "health-integration-engineer", true],
    [true, "healthcare-project-manager", true],
    [true, "healthcare-systems-analyst", true],
    [true, "it-resource-manager", true],
  ]);
  // The list is emptied, then takes all four in one append.
  assert.equal(await page.evaluate(() => window.listChanges), 2);
  assert.equal(await widget.evaluate((el) =>
    el.shadowRoot.querySelector("[data-role=healthcare-project-manager]") === window.kept), true);
  assert.deepEqual(problems, []);
  await close();
});

test("two to four roles compare side by side: shared skills, each one's own, responsibilities", async () => {
  const { widget, close } = await seed();
  const compare = (title) => widget.locator(".rx-card", { hasText: title }).locator(".rx-compare");
  await compare("Healthcare Project Manager").click();
  assert.match(await widget.locator(".rx-compare-bar").textContent(), /Choose one to three more roles/);
  await compare("Healthcare Systems Analyst").click();
  const table = widget.locator(".rx-comparison");
  assert.equal(await table.locator("h3").textContent(), "Comparing 2 roles");
  assert.deepEqual(await table.locator("thead th").allTextContents(), ["Healthcare Project Manager", "Healthcare Systems Analyst"]);
  assert.deepEqual(await table.locator(":scope > .rx-tags li").allTextContents(), ["Design and development"]);
  const own = await table.locator("tbody tr").first().locator("td").evaluateAll((cells) =>
    cells.map((cell) => [...cell.querySelectorAll("li")].map((li) => li.textContent)));
  assert.ok(own[0].includes("HIPAA") && !own[0].includes("Design and development"));
  assert.ok(own[1].includes("Testing"));
  const duties = await table.locator("tbody tr").nth(1).locator("td").evaluateAll((cells) => cells.map((c) => c.querySelectorAll("li").length));
  assert.deepEqual(duties, [2, 4]);
  // Four at most: the rest cannot join.
  await compare("IT Resource Manager").click();
  await compare("Health Integration Engineer").click();
  assert.equal(await table.locator("thead th").count(), 4);
  await compare("Health Integration Engineer").click();
  await widget.locator("input[type=search]").fill("analyst");
  await expectCards(widget, 1);
  // Filters leave the comparison as it is.
  assert.equal(await table.locator("thead th").count(), 3);
  await table.locator(".rx-clear").click();
  assert.equal(await widget.locator(".rx-comparison").count(), 0);
  await close();
});

test("on a 360 px phone the comparison scrolls sideways inside the widget, not the page", async () => {
  const { page, widget, close } = await seed({ viewport: { width: 360, height: 740 } });
  for (const title of ["Healthcare Project Manager", "Healthcare Systems Analyst", "IT Resource Manager"]) {
    await widget.locator(".rx-card", { hasText: title }).locator(".rx-compare").click();
  }
  const region = widget.locator(".rx-table-scroll");
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(sizes.scroll > sizes.client, `the table scrolls: ${JSON.stringify(sizes)}`);
  assert.equal(await region.getAttribute("tabindex"), "0");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(pageWidth <= 360, `the page is ${pageWidth}px wide`);
  // The keyboard scrolls it.
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#all").shadowRoot.querySelector(".rx-table-scroll").scrollLeft > 0);
  await close();
});
