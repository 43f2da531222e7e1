// End-to-end: each widget runs in its own wasm instance, so a panic stops one widget only,
// says so inside that widget, and can be restarted.
import assert from "node:assert/strict";
import { test, useSite, openPage, expectCards, openFacets, breakCardList } from "./support.mjs";

const env = useSite();

test("a panic in one widget is reported inside it; the other widget keeps working", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/two-widgets.html`);
  const [broken, healthy] = [page.locator("#all"), page.locator("#two")];
  await expectCards(broken, 4);
  await expectCards(healthy, 2);

  // A host script breaks the card list while one card shows; bringing the others back panics.
  const search = broken.locator("input[type=search]");
  await search.fill("HIPAA");
  await expectCards(broken, 1);
  await breakCardList(broken);
  await search.fill("");

  const alert = broken.locator(".rx-fault[role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /Role Explorer stopped because of an internal error/);
  assert.equal(await broken.locator(".rx-card").count(), 0);
  // One line from the widget naming the panic; nothing uncaught.
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /^console\.error: role-explorer: this widget stopped after an internal error \(panicked at .*failed to place the cards/s);

  // The host page's own calls into the stopped widget do not throw.
  await page.evaluate(() => {
    const el = document.getElementById("all");
    el.setAttribute("theme", "dark");
    el.roles = [{ id: "a", title: "A" }];
    el.roles = undefined;
  });

  // The other widget still filters.
  await healthy.locator("input[type=search]").fill("analyst");
  await expectCards(healthy, 1);
  await healthy.locator("input[type=search]").fill("");
  await expectCards(healthy, 2);
  await openFacets(healthy);
  await healthy.locator(".rx-chip").first().click();
  assert.equal(await healthy.locator(".rx-chip[aria-pressed=true]").count(), 1);

  // Restart gives the stopped widget a fresh instance, with its current settings.
  await broken.locator(".rx-retry", { hasText: "Restart" }).click();
  await expectCards(broken, 4);
  assert.equal(await broken.locator(".rx").getAttribute("data-theme"), "dark");
  await broken.locator("input[type=search]").fill("HIPAA");
  await expectCards(broken, 1);
  await broken.locator("input[type=search]").fill("");
  await expectCards(broken, 4);
  assert.equal(problems.length, 1, problems.join("\n"));
  await close();
});
