// End-to-end: a good guest's looks. Custom properties and ::part(), page-wide <meta> defaults,
// theme="auto" and theme="host" following the page live, readable accents, reduced motion, print.
import assert from "node:assert/strict";
import { test, useSite, openPage, expectCards, expectMatches, onetRoles, PAGE } from "./support.mjs";

const env = useSite();

const theme = (widget) => widget.locator(".rx").getAttribute("data-theme");
const background = (widget) => widget.locator(".rx").evaluate((el) => getComputedStyle(el).backgroundColor);
const DARK = "rgb(20, 24, 28)";
const LIGHT = "rgb(255, 255, 255)";

async function open(options) {
  const opened = await openPage(env.browser, `${env.site.blogOrigin}/theming.html`, options);
  for (const id of ["meta", "own", "host", "auto", "styled"]) await expectCards(opened.page.locator(`#${id}`), 4);
  return opened;
}

test("<meta> tags set page-wide defaults and attributes override them", async () => {
  const { page, problems, close } = await open();
  assert.equal(await theme(page.locator("#meta")), "dark");
  assert.equal(await page.locator("#meta .rx").getAttribute("data-layout"), "list");
  assert.equal(await theme(page.locator("#own")), "light");
  assert.equal(await page.locator("#own .rx").getAttribute("data-layout"), "grid");
  // filters="open" from the <meta>: the chips from the start, no button to open them.
  assert.equal(await page.locator("#meta .rx-toggle").count(), 0);
  assert.ok(await page.locator("#meta .rx-chip").count() > 0);
  // The element's own filters="Compact" (keywords ignore case) wins: a button, no chips yet.
  assert.equal(await page.locator("#own .rx-toggle").getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("#own .rx-chip").count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test("custom properties and ::part() style the widget from the host page", async () => {
  const { page, close } = await open();
  const styled = page.locator("#styled");
  const look = await styled.evaluate((el) => {
    const root = el.shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      background: style(".rx").backgroundColor,
      radius: style(".rx").borderTopLeftRadius,
      font: style(".rx").fontFamily,
      cardOutline: style(".rx-card").outlineColor,
      chip: style(".rx-chip").textTransform,
      heading: style(".rx-heading").letterSpacing,
    };
  });
  assert.deepEqual(look, {
    background: "rgb(255, 250, 240)", radius: "0px", font: "Georgia, serif",
    cardOutline: "rgb(200, 0, 0)", chip: "uppercase", heading: "3px",
  });
  // Every documented part is there to style (details once a card is open, the chosen skill and
  // clear-all once a chip is chosen, the facets' button with filters="compact").
  await styled.locator(".rx-chip").first().click();
  await styled.locator(".rx-disclosure").first().click();
  const parts = await styled.evaluate((el) =>
    [...new Set([...el.shadowRoot.querySelectorAll("[part]")].map((n) => n.getAttribute("part")))].sort());
  for (const part of ["root", "heading", "filters", "search", "chips", "chip", "chosen", "clear", "count", "cards",
    "card", "card-title", "tag", "disclosure", "details", "credit"]) {
    assert.ok(parts.includes(part), `part "${part}" missing from ${parts}`);
  }
  assert.equal(await page.locator("#own").evaluate((el) => el.shadowRoot.querySelector(".rx-toggle").part.value), "skills-toggle");
  await close();
});

test('theme="auto" follows prefers-color-scheme as it changes, without a reload', async () => {
  const { page, close } = await open({ colorScheme: "light" });
  const auto = page.locator("#auto");
  assert.equal(await background(auto), LIGHT);
  await page.emulateMedia({ colorScheme: "dark" });
  assert.equal(await background(auto), DARK);
  await page.emulateMedia({ colorScheme: "light" });
  assert.equal(await background(auto), LIGHT);
  await close();
});

test('theme="host" follows the host\'s own toggle on <html> or an ancestor, live', async () => {
  const { page, problems, close } = await open({ colorScheme: "light" });
  const host = page.locator("#host");
  const waitFor = (value) => page.waitForFunction(
    (v) => document.querySelector("#host").shadowRoot.querySelector(".rx").dataset.theme === v, value);
  // No toggle anywhere: the reader's preference (auto).
  assert.equal(await theme(host), "auto");
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await waitFor("dark");
  assert.equal(await background(host), DARK);
  // The closest ancestor that states a mode wins.
  await page.evaluate(() => document.getElementById("site").setAttribute("data-theme", "light"));
  await waitFor("light");
  assert.equal(await background(host), LIGHT);
  await page.evaluate(() => document.getElementById("site").removeAttribute("data-theme"));
  await waitFor("dark");
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
  await waitFor("auto");
  assert.deepEqual(problems, []);
  await close();
});

test("a pale custom accent is darkened for the light theme, and text on it stays readable", async () => {
  const { page, close } = await open({ colorScheme: "light" });
  const auto = page.locator("#auto");
  await auto.locator(".rx-chip").first().click();
  const contrast = await auto.evaluate((el) => {
    const rgb = (text) => text.match(/\d+/g).slice(0, 3).map(Number);
    const luminance = ([r, g, b]) => [r, g, b].map((c) => {
      c /= 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
      const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const root = el.shadowRoot;
    const chip = getComputedStyle(root.querySelector(".rx-chip[aria-pressed=true]"));
    const bg = getComputedStyle(root.querySelector(".rx")).backgroundColor;
    return { line: ratio(chip.backgroundColor, bg), text: ratio(chip.color, chip.backgroundColor) };
  });
  assert.ok(contrast.line >= 3, `accent against the background: ${contrast.line}`);
  assert.ok(contrast.text >= 4.5, `text on the accent: ${contrast.text}`);
  await close();
});

test("the accent takes any CSS colour the browser reads, and a value that is none is named", async () => {
  const { page, problems, close } = await open({ colorScheme: "light" });
  // #own is light, and teal reaches 3:1 on white as it is: the accent is written unchanged.
  const accentIs = (value, want, slack = 0) => page.waitForFunction(([value, want, slack]) => {
    const el = document.querySelector("#own");
    if (el.getAttribute("accent") !== value) el.setAttribute("accent", value);
    const hex = el.shadowRoot.querySelector(".rx").style.getPropertyValue("--_accent-light");
    const got = (/^#(..)(..)(..)$/.exec(hex) ?? []).slice(1).map((h) => parseInt(h, 16));
    return got.length === 3 && got.every((c, i) => Math.abs(c - want[i]) <= slack);
  }, [value, want, slack]);
  const teal = [0, 128, 128];
  for (const value of [" Teal ", "#008080", "#008080ff", "rgb(0 128 128 / 50%)", "hsl(180deg 100% 25.1%)",
    "hwb(180 0% 49.8%)", "color(srgb 0 0.50196 0.50196)"]) {
    await accentIs(value, teal);
  }
  await accentIs("oklch(54.31% 0.0927 194.77)", teal, 2);
  await page.evaluate(() => document.querySelector("#own").setAttribute("accent", "blurple"));
  const notice = page.locator("#own .rx-notice");
  await notice.waitFor();
  assert.match(await notice.textContent(), /accent="blurple" is not a CSS colour/);
  assert.equal(await page.locator("#own .rx").evaluate((el) => el.style.getPropertyValue("--_accent-light")), "");
  assert.deepEqual(problems, []);
  await close();
});

test("with prefers-reduced-motion, nothing animates", async () => {
  // A reader's setting from the start (WebKit cannot change it in a running page).
  const durations = async (reducedMotion) => {
    const { page, close } = await open({ reducedMotion });
    const found = await page.locator("#meta").evaluate((el) => {
      const root = el.shadowRoot;
      return [".rx-chip", ".rx-disclosure"].map((s) => getComputedStyle(root.querySelector(s)).transitionDuration);
    });
    await close();
    return found;
  };
  assert.deepEqual(await durations("no-preference"), ["0.15s, 0.15s", "0s"]);
  assert.deepEqual(await durations("reduce"), ["0s", "0s"]);
});

test("printing shows every role with its responsibilities, without the controls", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/custom-data.html`);
  const widget = page.locator("#prop");
  await expectCards(widget, 1);
  const roles = onetRoles().slice(0, 60).map((r, i) => ({ ...r, responsibilities: [`Duty ${i}`] }));
  await page.evaluate((roles) => { document.getElementById("prop").roles = roles; }, roles);
  await expectMatches(widget, 60);
  await page.emulateMedia({ media: "print" });
  await expectCards(widget, 60);
  const printed = await widget.evaluate((el) => {
    const root = el.shadowRoot;
    const shown = (selector) => [...root.querySelectorAll(selector)].filter((n) => n.checkVisibility()).length;
    return { details: shown(".rx-details"), filters: shown(".rx-filters"), more: shown(".rx-more") };
  });
  assert.deepEqual(printed, { details: 60, filters: 0, more: 0 });
  await page.emulateMedia({ media: "screen" });
  await expectCards(widget, PAGE);
  await close();
});
