// End-to-end: site owners' own roles, from inline JSON and from the `roles` property.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSite, launchChromium, openPage, titles, expectCards } from "./support.mjs";

let site, browser;
before(async () => {
  site = await startSite();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test("inline JSON and the roles property replace the built-in roles, one widget each", async () => {
  const { page, problems, close } = await openPage(browser, `${site.blogOrigin}/custom-data.html`);
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
      "the role data has 1 problem: roles[0].skills[1]: expected a string, found 42 JSHandle@node",
  ]);
  await close();
});

test("setting the roles property re-renders, and bad values are reported, not thrown", async () => {
  const { page, problems, close } = await openPage(browser, `${site.blogOrigin}/custom-data.html`);
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
  await close();
});
