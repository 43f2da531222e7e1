// Takes the README's screenshots of the demo page in headless Chromium.
// Run: `make screenshots` (builds the release bundle first).
import { staticServer, origin, launchChromium, DIST } from "../tests/e2e/support.mjs";

// The reader's first screen: the widget's top 800 px as it arrives; and the facets a reader
// opens with "Filter by skill", a skill chosen.
const FIRST_SCREEN = 800;
const shots = [
  { file: "docs/screenshot-light.png", scheme: "light", width: 900 },
  { file: "docs/screenshot-dark.png", scheme: "dark", width: 900 },
  { file: "docs/screenshot-phone.png", scheme: "light", width: 360 },
  { file: "docs/screenshot-arabic.png", scheme: "light", width: 900, lang: "ar" },
  { file: "docs/screenshot-facets.png", scheme: "light", width: 900, facets: true },
];

// Waits until the widget shows `count` cards (on a Playwright locator: the tests' expectCards
// takes the tests' own driver).
async function expectCards(widget, count) {
  const element = await widget.elementHandle();
  await widget.page().waitForFunction(([el, n]) => el.shadowRoot?.querySelectorAll(".rx-card").length === n, [element, count]);
}

const server = await staticServer(DIST);
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.scheme,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(`${origin(server)}/index.html`);
    const widget = page.locator("role-explorer").first();
    await expectCards(widget, 4);
    if (shot.lang) {
      await widget.evaluate((el, lang) => el.setAttribute("lang", lang), shot.lang);
      await widget.locator(`.rx[lang=${shot.lang}]`).waitFor();
    }
    if (shot.facets) {
      await widget.locator(".rx-toggle").click();
      await widget.locator(".rx-chip", { hasText: "Design and development" }).click();
      await expectCards(widget, 2);
    }
    const box = await widget.boundingBox();
    const scroll = await page.evaluate(() => window.scrollY);
    await page.screenshot({
      path: shot.file, fullPage: true,
      clip: { x: box.x, y: box.y + scroll, width: box.width, height: Math.min(box.height, FIRST_SCREEN) },
    });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
