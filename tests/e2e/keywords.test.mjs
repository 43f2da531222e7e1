// End-to-end: the loader reads keywords as the widget does (crates/core/src/contract): in any case,
// with spaces around, and the stop screen speaks the language the widget spoke, meta default
// included. Each of these once disagreed between the loader and the Rust settings parser.
import assert from "node:assert/strict";
import { test, useSite, openPage, expectCards, breakCardList } from "./support.mjs";

const env = useSite();

async function open() {
  const opened = await openPage(env.browser, `${env.site.blogOrigin}/keywords.html`, { colorScheme: "light" });
  for (const id of ["host", "meta-lang", "own-lang", "unknown-lang"]) await expectCards(opened.page.locator(`#${id}`), 4);
  return opened;
}

const langOf = (widget) => widget.locator(".rx").getAttribute("lang");

test('loading=" LAZY " waits for the viewport, as loading="lazy" does', async () => {
  const { page, close } = await open();
  const lazy = page.locator("#lazy");
  // The widgets above have started; this one, 3000 px down, still shows its placeholder.
  await page.waitForTimeout(500);
  assert.equal(await lazy.evaluate((el) => el.shadowRoot.querySelectorAll(".rx-card").length), 0);
  assert.equal(await lazy.evaluate((el) => el.shadowRoot.querySelector(".rx-wait") !== null), true);
  await page.evaluate(() => document.getElementById("lazy").scrollIntoView());
  await expectCards(lazy, 4);
  // Accepted without a notice: the widget read the same keyword.
  assert.equal(await lazy.locator(".rx-notice").count(), 0);
  await close();
});

test('theme=" Host " follows the host page\'s toggle, live', async () => {
  const { page, close } = await open();
  const theme = (value) => page.waitForFunction(
    (v) => document.querySelector("#host").shadowRoot.querySelector(".rx").dataset.theme === v, value, { timeout: 5_000 });
  await theme("auto");
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await theme("dark");
  await page.evaluate(() => document.getElementById("site").setAttribute("data-theme", "LIGHT"));
  await theme("light");
  await close();
});

test("a widget whose lang has no catalogue follows the page's language as it changes", async () => {
  const { page, close } = await open();
  const unknown = page.locator("#unknown-lang");
  assert.equal(await langOf(unknown), "ar");
  await page.evaluate(() => document.getElementById("arabic").setAttribute("lang", "es-MX"));
  await page.waitForFunction(
    () => document.querySelector("#unknown-lang").shadowRoot.querySelector(".rx").lang === "es", null, { timeout: 5_000 });
  assert.equal(await unknown.locator(".rx").getAttribute("dir"), "ltr");
  await close();
});

const STOPPED = {
  en: ["Role Explorer stopped because of an internal error", "Restart"],
  es: ["Role Explorer se detuvo por un error interno", "Reiniciar"],
  ar: ["توقفت أداة Role Explorer بسبب خطأ داخلي", "إعادة التشغيل"],
};

test("the stop screen speaks the language the widget spoke: its lang, the <meta> default, the page's", async () => {
  const { page, close } = await open();
  const spoken = {};
  for (const id of ["meta-lang", "own-lang", "unknown-lang"]) spoken[id] = await langOf(page.locator(`#${id}`));
  // The widget's own rule: the <meta> default (" ES "), the element's tag ("AR-eg"), and for a
  // lang without a catalogue ("fr"), the closest ancestor's.
  assert.deepEqual(spoken, { "meta-lang": "es", "own-lang": "ar", "unknown-lang": "ar" });
  for (const [id, lang] of Object.entries(spoken)) {
    const widget = page.locator(`#${id}`);
    // A host script breaks the card list (as in isolation.test.mjs).
    await widget.locator("input[type=search]").fill("HIPAA");
    await expectCards(widget, 1);
    await breakCardList(widget);
    await widget.locator("input[type=search]").fill("");
    const fault = widget.locator(".rx-fault[role=alert]");
    await fault.waitFor();
    const [message, restart] = STOPPED[lang];
    assert.match(await fault.textContent(), new RegExp(`^${message}`), id);
    assert.equal(await widget.locator("[part=retry]").textContent(), restart, id);
    assert.equal(await langOf(widget), lang, id);
    assert.equal(await widget.locator(".rx").getAttribute("dir"), lang === "ar" ? "rtl" : "ltr", id);
    assert.equal(await widget.locator("[part=fault]").count(), 1, id);
  }
  await close();
});
