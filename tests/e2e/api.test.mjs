// End-to-end: the widget with host pages and single-page apps. Its events, RoleExplorer.scan(),
// and shareable state in the address's hash, with the back button and the host's own anchors.
import assert from "node:assert/strict";
import { test, useSite, openPage, titles, expectCards, openFacets } from "./support.mjs";

const env = useSite();

// Opens the page with every role-explorer:* event recorded, as a host page would listen: on
// document, relying on the events bubbling out of the element.
async function open(hash = "") {
  const opened = await openPage(env.browser, "about:blank");
  await opened.page.addInitScript(() => {
    window.events = [];
    for (const type of ["ready", "filter-change", "select"]) {
      document.addEventListener(`role-explorer:${type}`, (event) => {
        window.events.push({ type: event.type, id: event.target.id, bubbles: event.bubbles,
          composed: event.composed, detail: event.detail });
      });
    }
  });
  await opened.page.goto(`${env.site.blogOrigin}/api.html${hash}`);
  const [first, jobs] = [opened.page.locator("role-explorer").first(), opened.page.locator("#jobs")];
  return { ...opened, first, jobs, events: () => opened.page.evaluate(() => window.events) };
}

test("ready, filter-change and select are bubbling, composed events with typed details", async () => {
  const { page, first, events, problems, close } = await open();
  await expectCards(first, 4);
  await page.waitForFunction(() => window.events.filter((e) => e.type === "role-explorer:ready").length === 2);
  const ready = (await events()).find((e) => e.id === "");
  assert.deepEqual(ready, {
    type: "role-explorer:ready", id: "", bubbles: true, composed: true,
    detail: { source: "built-in", total: 4, shown: 4, lang: "en" },
  });

  await page.evaluate(() => { window.events = []; });
  await first.locator("input[type=search]").fill("hospital");
  await expectCards(first, 1);
  // Opening the facets changes no role shown: the host hears nothing of it.
  await openFacets(first);
  await first.locator(".rx-chip", { hasText: "HIPAA" }).click();
  await first.locator(".rx-disclosure").click();
  await page.waitForFunction(() => window.events.some((e) => e.type === "role-explorer:select"));
  const seen = (await events()).map(({ type, detail }) => ({ type, detail }));
  assert.deepEqual(seen.at(-2), {
    type: "role-explorer:filter-change",
    detail: { query: "hospital", skills: ["HIPAA"], shown: 1, total: 4, ids: ["healthcare-project-manager"] },
  });
  assert.deepEqual(seen.at(-1), {
    type: "role-explorer:select",
    detail: { id: "healthcare-project-manager", title: "Healthcare Project Manager", open: true },
  });
  // Typing "hospital" letter by letter may report intermediate searches; each is a filter-change.
  assert.ok(seen.slice(0, -1).every((e) => e.type === "role-explorer:filter-change"));
  assert.deepEqual(problems, []);
  await close();
});

test("RoleExplorer.scan() turns loader tags added by a single-page app into widgets", async () => {
  const { page, problems, close } = await open();
  await expectCards(page.locator("#jobs"), 2);
  // A client-side navigation renders new markup: scripts inserted this way never run.
  await page.evaluate((src) => {
    document.getElementById("app").innerHTML =
      `<p>New view</p><script type="module" src="${src}" data-heading="After navigation"></script>`;
  }, `${env.site.widgetOrigin}/role-explorer.js`);
  assert.equal(await page.locator("#app role-explorer").count(), 0);
  await page.evaluate(() => RoleExplorer.scan());
  const placed = page.locator("#app role-explorer");
  await expectCards(placed, 4);
  assert.equal(await placed.locator("h2").textContent(), "After navigation");
  // Scanning again places nothing twice.
  await page.evaluate(() => RoleExplorer.scan());
  assert.equal(await page.locator("#app role-explorer").count(), 1);
  assert.deepEqual(problems, []);
  await close();
});

test("with share, the state goes into the hash, survives a reload and the back button steps through it", async () => {
  const { page, first, jobs, problems, close } = await open();
  await expectCards(first, 4);
  await first.locator("input[type=search]").fill("systems");
  await expectCards(first, 3);
  await page.waitForFunction(() => location.hash === "#rx.q=systems");
  await openFacets(first);
  await first.locator(".rx-chip", { hasText: "HIPAA" }).click();
  await expectCards(first, 1);
  await first.locator(".rx-disclosure").click();
  await page.waitForFunction(() => location.hash.includes("open="));
  await openFacets(jobs);
  await jobs.locator(".rx-chip", { hasText: "Estimation" }).click();
  await expectCards(jobs, 1);
  await page.waitForFunction(() => location.hash.includes("rx-jobs.s="));
  const hash = await page.evaluate(() => location.hash);
  assert.equal(hash, "#rx.q=systems&rx.s=HIPAA&rx.open=healthcare-project-manager&rx-jobs.s=Estimation");

  // A reload (or a shared link) restores both widgets.
  await page.reload();
  await expectCards(first, 1);
  assert.equal(await first.locator("input[type=search]").inputValue(), "systems");
  // The restored skill shows as chosen while the facets are closed, as they start.
  assert.equal(await first.locator(".rx-remove").textContent(), "Remove skill: HIPAA");
  assert.equal(await first.locator(".rx-toggle").getAttribute("aria-expanded"), "false");
  assert.equal(await first.locator(".rx-disclosure").getAttribute("aria-expanded"), "true");
  assert.deepEqual(await titles(jobs), ["IT Resource Manager"]);

  // Back steps through the chip and the opened role; typing replaced its entry instead of adding one.
  await page.goBack();
  await expectCards(jobs, 2);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes("open="));
  assert.equal(await first.locator(".rx-disclosure").getAttribute("aria-expanded"), "false");
  await page.goBack();
  await expectCards(first, 3);
  assert.equal(await page.evaluate(() => location.hash), "#rx.q=systems");
  assert.deepEqual(problems, []);
  await close();
});

test("the host's own anchors keep working beside the shared state", async () => {
  const { page, first, problems, close } = await open("#section-2&rx.q=analyst");
  await expectCards(first, 1);
  // The browser cannot scroll to "section-2&rx.q=analyst"; the loader scrolls to the anchor.
  await page.waitForFunction(() => window.scrollY > 1500);
  // The host's link to its own section still works, and leaves the widget as it is.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("#to-section").click();
  await page.waitForFunction(() => location.hash === "#section-2" && window.scrollY > 1500);
  assert.equal(await first.locator("input[type=search]").inputValue(), "analyst");
  // The next change keeps the host's anchor in front of the widget's state.
  await first.locator("input[type=search]").fill("manager");
  await page.waitForFunction(() => location.hash === "#section-2&rx.q=manager");
  assert.deepEqual(problems, []);
  await close();
});
