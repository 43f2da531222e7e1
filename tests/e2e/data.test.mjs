// End-to-end: site owners' own roles, from inline JSON and from the `roles` property.
import assert from "node:assert/strict";
import { test, useSite, openPage, titles, expectCards, expectMatches, onetRoles, PAGE, openFacets } from "./support.mjs";

const env = useSite();

test("inline JSON and the roles property replace the built-in roles, one widget each", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  await expectCards(page.locator("#inline"), 2);
  assert.deepEqual(await titles(page.locator("#inline")), ["Nurse", "Clinical Coder"]);
  // The property was set before the element was defined.
  await expectCards(page.locator("#prop"), 1);
  assert.deepEqual(await titles(page.locator("#prop")), ["Teacher"]);
  // A refused data set in one widget leaves the others alone.
  await expectCards(page.locator("#seed"), 4);
  const fault = page.locator("#bad .rx-fault");
  await fault.waitFor();
  assert.match(await fault.textContent(), /roles\[0\]\.skills\[1\]: expected a string, found 42/);
  assert.equal(await page.locator("#bad .rx-card").count(), 0);
  // One console error, naming the source and the place, with the element.
  assert.deepEqual(problems, [
    "console.error: role-explorer: the JSON inside <role-explorer> could not be used: " +
      "the role data has 1 problem: roles[0].skills[1]: expected a string, found 42 <role-explorer#bad>",
  ]);
  await close();
});

test("setting the roles property re-renders, and bad values are reported, not thrown", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const prop = page.locator("#prop");
  await expectCards(prop, 1);
  await page.evaluate(() => {
    document.getElementById("prop").roles = [
      { id: "a", title: "Analyst", skills: ["SQL"] },
      { id: "b", title: "Builder", skills: ["SQL", "Rust"] },
      { id: "c", title: "Carer", skills: [] },
    ];
  });
  await expectCards(prop, 3);
  await openFacets(prop);
  await prop.locator(".rx-chip", { hasText: "SQL" }).click();
  await expectCards(prop, 2);

  await page.evaluate(() => {
    document.getElementById("prop").roles = { roles: "not a list" };
  });
  await prop.locator(".rx-fault").waitFor();
  assert.match(await prop.locator(".rx-fault").textContent(), /roles: expected a list of roles, found "not a list"/);
  assert.equal(problems.filter((p) => p.startsWith("pageerror")).length, 0);

  // Clearing the property falls back to the inline JSON, here none: the built-in roles,
  // with the chip chosen under the old data forgotten.
  await page.evaluate(() => {
    document.getElementById("prop").roles = undefined;
  });
  await expectCards(prop, 4);
  assert.equal(await prop.locator(".rx-chip[aria-pressed=true]").count(), 0);
  assert.equal(await prop.locator(".rx-remove").count(), 0);
  await close();
});

test("markup in every field is shown as text and runs nothing", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const prop = page.locator("#prop");
  await expectCards(prop, 1);
  const evil = (n) => `<img src=x onerror="window.pwned=${n}"><script>window.pwned=${n}</script>`;
  await page.evaluate((texts) => {
    const el = document.getElementById("prop");
    el.setAttribute("heading", texts[0]);
    el.roles = {
      title: texts[1],
      source: { title: texts[2], author: texts[3], url: "javascript:window.pwned=99" },
      roles: [{
        id: "x", title: texts[4], summary: texts[5], responsibilities: [texts[6]],
        skills: [texts[7], { name: texts[8], category: texts[9] }],
        category: texts[10], codes: { [texts[11]]: texts[12] },
        links: [{ label: texts[13], url: "javascript:window.pwned=98" }, { label: texts[14], url: "https://example.org/" }],
      }],
    };
  }, Array.from({ length: 15 }, (_, n) => evil(n)));
  await prop.locator(".rx-title", { hasText: "<img" }).waitFor();
  await prop.locator(".rx-disclosure").click();
  await openFacets(prop);
  await prop.locator(".rx-chip").first().click();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await prop.locator(".rx-title").textContent(), evil(4));
  assert.equal(await prop.locator("h2").textContent(), evil(0));
  assert.equal(await prop.locator(".rx-details li").textContent(), evil(6));
  const injected = await prop.evaluate((el) => el.shadowRoot.querySelectorAll("img, script, [onerror]").length);
  assert.equal(injected, 0);
  assert.equal(await prop.locator(".rx-category").textContent(), evil(10));
  assert.equal(await prop.locator(".rx-codes").textContent(), evil(11) + evil(12));
  // javascript: addresses are dropped: the source title is not a link, and only the https link is shown.
  assert.equal(await prop.locator(".rx-source a").count(), 0);
  assert.deepEqual(await prop.locator(".rx-links a").evaluateAll((links) => links.map((a) => [a.textContent, a.href])),
    [[evil(14), "https://example.org/"]]);
  assert.match(await prop.locator(".rx-notice").textContent(), /roles\[0\]\.links\[0\]\.url: only http, https and mailto links are shown/);
  assert.match(await prop.locator(".rx-source").textContent(), /<img src=x onerror/);
  await close();
});

test("1,110 real occupations load, search and filter", async () => {
  const roles = onetRoles();
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const prop = page.locator("#prop");
  await expectCards(prop, 1);
  await page.evaluate((roles) => { document.getElementById("prop").roles = roles; }, roles);
  await expectMatches(prop, 1110);
  assert.equal(await prop.locator(".rx-count").textContent(), "1,110 of 1,110 roles");
  // Cards come a page at a time; focus moves to the first new card.
  const more = prop.locator(".rx-more");
  assert.equal(await more.textContent(), `Show ${PAGE} more (${(1110 - PAGE).toLocaleString("en")} not shown yet)`);
  await more.click();
  await expectCards(prop, 2 * PAGE);
  assert.equal(await prop.evaluate((el) => el.shadowRoot.activeElement?.dataset.role), roles[PAGE].id);

  const fits = (r, words, group) =>
    words.every((w) => `${r.title}\n${r.summary}\n${r.skills[0]}`.toLowerCase().includes(w)) &&
    (!group || r.skills[0] === group);
  // Four letters: exact matches only (typos are forgiven from five letters on).
  const nurses = roles.filter((r) => fits(r, ["nurs"]));
  await prop.locator("input[type=search]").fill("Nurs");
  await expectMatches(prop, nurses.length);
  assert.ok(nurses.length > 5);
  // Twenty-three groups: the facets offer a box that narrows them by name.
  await openFacets(prop);
  await prop.locator(".rx-narrow input").fill("29");
  assert.deepEqual(await prop.locator(".rx-chip").count(), 1);
  await prop.locator(".rx-chip", { hasText: "SOC group 29" }).click();
  await expectMatches(prop, roles.filter((r) => fits(r, ["nurs"], "SOC group 29")).length);
  // The O*NET-SOC code is shown on the card, found by search, and links to O*NET OnLine.
  await prop.locator(".rx-clear").click();
  await prop.locator("input[type=search]").fill("29-1141.00");
  await expectCards(prop, 1);
  assert.equal(await prop.locator(".rx-title").textContent(), "Registered Nurses");
  assert.equal(await prop.locator(".rx-codes").textContent(), "O*NET-SOC29-1141.00");
  assert.equal(await prop.locator(".rx-links a").getAttribute("href"), "https://www.onetonline.org/link/summary/29-1141.00");
  // The page's deliberately broken widget logs its own error; nothing else may.
  assert.deepEqual(problems.filter((p) => !p.includes("the JSON inside <role-explorer>")), []);
  await close();
});
