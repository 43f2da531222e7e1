// End-to-end: languages. The widget takes `lang` from its attribute or the closest ancestor, speaks
// English, Spanish and Arabic, lays Arabic out right to left, and counts with the browser's plurals.
// English is built in; the loader fetches another language's catalogue when a widget speaks it.
import assert from "node:assert/strict";
import { test, useSite, startSite, openPage, expectCards, openFacets } from "./support.mjs";

const env = useSite();

async function open() {
  const opened = await openPage(env.browser, `${env.site.blogOrigin}/languages.html`);
  const widget = (id) => opened.page.locator(`#${id}`);
  for (const [id, cards] of [["page-lang", 4], ["two", 2], ["one", 1], ["ancestor", 4], ["attribute", 4], ["unknown", 4]]) {
    await expectCards(widget(id), cards);
  }
  return { ...opened, widget };
}

const text = (widget, selector) => widget.locator(selector).first().textContent();
// Numbers as the browser writes them in Arabic (its Intl decides the digits).
const arabic = (page, n) => page.evaluate((n) => n.toLocaleString("ar"), n);

test("the page's Arabic: Arabic words and the browser's Arabic numbers, laid out right to left", async () => {
  const { page, widget, problems, close } = await open();
  const ar = widget("page-lang");
  const four = await arabic(page, 4);
  assert.equal(await ar.locator(".rx").getAttribute("lang"), "ar");
  assert.equal(await ar.locator(".rx").getAttribute("dir"), "rtl");
  assert.equal(await text(ar, ".rx-count"), `${four} من ${four} وظائف`);
  assert.equal(await text(ar, ".rx-search label"), "البحث في الوظائف");
  assert.equal(await text(ar, ".rx-disclosure"), "التفاصيل");
  assert.equal(await text(ar, ".rx-compare"), "مقارنة");
  assert.equal(await text(ar, ".rx-toggle"), "التصفية حسب المهارة");
  await openFacets(ar);
  assert.equal(await text(ar, ".rx-narrow"), "ابحث عن مهارة");
  // "Show N more" in the plural form of N: three and four take the "few" form.
  const [three, four4] = await Promise.all([3, 4].map((n) => arabic(page, n)));
  assert.deepEqual(await ar.locator(".rx-group-toggle").allTextContents(),
    [`عرض ${three} مهارات أخرى`, `عرض ${four4} مهارات أخرى`]);
  await ar.locator(".rx-group-toggle").first().click();
  assert.equal(await text(ar, ".rx-group-toggle"), "عرض أقل");
  // Right to left: the label hugs the right edge, and the chips run leftwards.
  const layout = await ar.evaluate((el) => {
    const box = (node) => node.getBoundingClientRect();
    const root = el.shadowRoot;
    const [first, second] = root.querySelectorAll(".rx-chip");
    return {
      labelGap: box(root.querySelector(".rx")).right - box(root.querySelector(".rx-search label")).right,
      chipsLeftwards: box(second).right < box(first).left + 1,
    };
  });
  assert.ok(layout.labelGap < 40, `the label sits ${layout.labelGap}px from the right edge`);
  assert.ok(layout.chipsLeftwards);
  assert.deepEqual(problems, []);
  await close();
});

test("counts take the browser's plural forms", async () => {
  const { page, widget, close } = await open();
  const [one, two, three, eight, eleven] = await Promise.all([1, 2, 3, 8, 11].map((n) => arabic(page, n)));
  assert.equal(await text(widget("two"), ".rx-count"), `${two} من وظيفتين`);
  assert.equal(await text(widget("one"), ".rx-count"), `${one} من وظيفة واحدة`);
  // Eleven roles take the singular in Arabic; the chip counts agree in number too.
  const roles = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, skills: i < 3 ? ["A"] : ["B"] }));
  await page.evaluate((roles) => { document.getElementById("one").roles = roles; }, roles);
  await page.waitForFunction((count) => document.querySelector("#one").shadowRoot.querySelector(".rx-count")?.textContent === count,
    `${eleven} من ${eleven} وظيفة`);
  await openFacets(widget("one"));
  const chips = await widget("one").locator(".rx-chip").allTextContents();
  assert.deepEqual(chips, [`B${eight} وظائف`, `A${three} وظائف`]);
  assert.equal(await text(widget("ancestor"), ".rx-count"), "4 de 4 puestos");
  await close();
});

test("an ancestor's lang, then the element's own, choose the language; a change applies at once", async () => {
  const { page, widget, problems, close } = await open();
  const es = widget("ancestor");
  assert.equal(await text(es, ".rx-search label"), "Buscar puestos");
  assert.equal(await text(es, ".rx-toggle"), "Filtrar por habilidad");
  assert.equal(await es.locator(".rx").getAttribute("dir"), "ltr");
  assert.equal(await text(widget("attribute"), ".rx-count"), "4 of 4 roles");
  // The host page switches its language.
  await page.evaluate(() => { document.documentElement.lang = "es"; });
  await page.waitForFunction(() => document.querySelector("#page-lang").shadowRoot.querySelector(".rx-count").textContent === "4 de 4 puestos");
  assert.equal(await widget("page-lang").locator(".rx").getAttribute("dir"), "ltr");
  await widget("attribute").evaluate((el) => el.setAttribute("lang", "ar"));
  await page.waitForFunction(() => document.querySelector("#attribute").shadowRoot.querySelector(".rx").dir === "rtl");
  assert.deepEqual(problems, []);
  await close();
});

test("a language without a catalogue is named, and the page's language is used", async () => {
  const { page, widget, close } = await open();
  const fr = widget("unknown");
  assert.match(await text(fr, ".rx-notice"), /lang="fr" has no translation: use en, es or ar/);
  // The page's own language (Arabic) is the fallback before English.
  const four = await arabic(page, 4);
  assert.equal(await text(fr, ".rx-count"), `${four} من ${four} وظائف`);
  await close();
});

// The loader pins each catalogue's SHA-384, as it pins the wasm's: a missing file and a changed one
// are refused alike.
for (const [what, answer] of [
  ["missing", (req, res) => res.writeHead(404, { "access-control-allow-origin": "*" }).end()],
  ["changed", (req, res) => res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "application/json" })
    .end(JSON.stringify(Array(200).fill("¡Cambiado!")))],
]) test(`a catalogue that is ${what} leaves its widgets in English, and the console says why`, async () => {
  const site = await startSite({ widgetRoutes: { "/role-explorer-es.json": answer } });
  const { page, close } = await openPage(env.browser, "about:blank");
  const told = page.waitForEvent("console", {
    predicate: (m) => /^role-explorer: the "es" messages \(.*role-explorer-es\.json\) could not be loaded \(it could not be fetched, or it is not the file this loader was built with: its SHA-384 differs\); using English/.test(m.text()),
  });
  await page.goto(`${site.blogOrigin}/languages.html`);
  await told;
  const es = page.locator("#ancestor");
  await expectCards(es, 4);
  assert.equal(await es.locator(".rx").getAttribute("lang"), "en");
  assert.equal(await text(es, ".rx-search label"), "Search roles");
  // The Arabic catalogue came: the page's own widgets speak Arabic.
  await expectCards(page.locator("#page-lang"), 4);
  assert.equal(await text(page.locator("#page-lang"), ".rx-search label"), "البحث في الوظائف");
  await close();
  await site.close();
});
