// End-to-end: the readable copy the builder puts inside <role-explorer>. The element snippet,
// pasted into a page, shows every chosen role's title and skills (and the copy's headings in the
// widget's language) where no script runs; with JavaScript, the widget replaces it, and, where
// the engine has the Layout Instability API, the swap shifts the page by less than 0.1.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test, browser, openPage, sendPage, staticServer, closeServer, origin, DIST, expectCards, titles } from "./support.mjs";

const ROLES = JSON.parse(readFileSync(`${DIST}/roles.json`, "utf8")).roles;
const CHOSEN = ["health-integration-engineer", "it-resource-manager"]; // in the data's order, as the builder writes them
let pasted = ""; // the snippet /pasted.html holds
// The rest of the post below the widget: a whole screen of text moves if the widget's height differs from the copy's.
const POST_TEXT = "<p>The post goes on about the roles, the skills they need and how to get there.</p>".repeat(60);

// The wasm comes late, so that the copy is on screen before the widget replaces it.
const lateWasm = (req, res) => setTimeout(() => res.writeHead(200, { "content-type": "application/wasm" })
  .end(readFileSync(`${DIST}/role-explorer-app_bg.wasm`)), 1000);

let server;
before(async () => {
  server = await staticServer(DIST, {
    routes: {
      "/role-explorer-app_bg.wasm": lateWasm,
      "/pasted.html": (req, res) => sendPage(res, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head>
        <body><h1>A post</h1><p>Before the widget.</p>${pasted}<p id="after">After the widget.</p>${POST_TEXT}</body></html>`),
    },
  });
});
after(() => server && closeServer(server));

// The builder's element snippet for the chosen roles in Spanish, loading the widget from the test server.
async function elementSnippet() {
  const { page, close } = await openPage(browser(), `${origin(server)}/builder.html`);
  await expectCards(page.locator("#preview"), 4);
  await page.locator("input[name=base]").fill(`${origin(server)}/`);
  await page.locator("select[name=lang]").selectOption("es");
  for (const id of CHOSEN) await page.locator(`input[name=roles][value="${id}"]`).check();
  await page.waitForFunction(() => document.getElementById("element-snippet").textContent.includes('lang="es" dir="ltr"'));
  const snippet = await page.locator("#element-snippet").textContent();
  await close();
  return snippet;
}

test("without JavaScript, the pasted snippet shows every chosen role's title and skills", async () => {
  pasted = await elementSnippet();
  const { page, close } = await openPage(browser(), `${origin(server)}/pasted.html`, { javaScriptEnabled: false });
  const copy = page.locator("role-explorer .rx-readable");
  assert.equal(await copy.isVisible(), true);
  const shown = await copy.evaluate((el) => el.innerText);
  for (const id of CHOSEN) {
    const role = ROLES.find((r) => r.id === id);
    assert.ok(shown.includes(role.title), role.title);
    for (const skill of role.skills) assert.ok(shown.includes(skill.name ?? skill), `${role.title}: ${skill.name ?? skill}`);
  }
  // Only the chosen roles, in the chosen order, under the widget's Spanish headings, with the source.
  assert.deepEqual(await copy.locator("h3").allTextContents(), CHOSEN.map((id) => ROLES.find((r) => r.id === id).title));
  assert.equal(await copy.locator("h4").first().textContent(), "Habilidades y conocimientos");
  assert.match(shown, /Fuente: Guest Article: The Hottest Jobs in Healthcare IT, de Sarah Scrafford/);
  assert.equal(await page.evaluate(() => customElements.get("role-explorer")), undefined);
  await close();
});

test("with JavaScript, the widget replaces the copy without moving the page", async (t) => {
  pasted ||= await elementSnippet();
  // Tall enough that what follows the widget is on screen before and after the swap.
  const { page, problems, close } = await openPage(browser(), "about:blank", { viewport: { width: 1000, height: 1400 } });
  await page.addInitScript(() => {
    window.shifts = [];
    if (!PerformanceObserver.supportedEntryTypes.includes("layout-shift")) return;
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${origin(server)}/pasted.html`);
  const widget = page.locator("role-explorer");
  assert.equal(await page.locator("role-explorer .rx-readable").isVisible(), true, "the copy shows while the wasm loads");
  const afterTop = () => page.evaluate(() => document.getElementById("after").getBoundingClientRect().top);
  const before = await afterTop();
  await expectCards(widget, 2);
  assert.deepEqual(await titles(widget), CHOSEN.map((id) => ROLES.find((r) => r.id === id).title));
  assert.equal(await widget.locator(".rx").getAttribute("lang"), "es");
  assert.equal(await page.locator("role-explorer .rx-readable").isVisible(), false);
  assert.deepEqual(problems, []);
  // What follows the widget was in view before and after, so a jump would have counted.
  assert.ok(Math.max(before, await afterTop()) < 1400, `#after at ${before}px, then ${await afterTop()}px`);
  if (!(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes("layout-shift")))) {
    await close();
    return t.skip(`${browser().name} has no Layout Instability API (no "layout-shift" performance entries)`);
  }
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
  assert.ok(shift < 0.1, `cumulative layout shift ${shift}`);
  t.diagnostic(`cumulative layout shift of the swap: ${shift}`);
  await close();
});
