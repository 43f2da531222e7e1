// Progressive enhancement: what the blogger writes inside <role-explorer> is what readers see
// until the widget starts, and all they see when it cannot.
import assert from "node:assert/strict";
import { test, useSite, startSite, openPage, expectCards } from "./support.mjs";

const env = useSite();

const fallback = (page) => page.locator("role-explorer .fallback");

test("the widget replaces the fallback content when it starts", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/fallback.html`);
  await expectCards(page.locator("role-explorer"), 4);
  assert.equal(await fallback(page).isVisible(), false);
  assert.deepEqual(problems, []);
  await close();
});

test("without JavaScript the fallback content stays visible", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/fallback.html`, { javaScriptEnabled: false });
  assert.equal(await fallback(page).isVisible(), true);
  // The page's scripts did not run: the loader never defined the element.
  assert.equal(await page.evaluate(() => customElements.get("role-explorer")), undefined);
  await close();
});

test("when the wasm cannot load, the fallback stays and the console says why", async () => {
  // A widget server that drops the connection when asked for the wasm.
  const site = await startSite({ widgetRoutes: { "/role-explorer-app_bg.wasm": (req) => req.socket.destroy() } });
  const { page, close } = await openPage(env.browser, "about:blank");
  const messages = [];
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  const told = page.waitForEvent("console", {
    predicate: (m) => m.text().startsWith("role-explorer: the widget could not load its code"),
  });
  await page.goto(`${site.blogOrigin}/fallback.html`);
  await told;
  assert.equal(await fallback(page).isVisible(), true);
  assert.equal(messages.filter((m) => m.startsWith("pageerror")).length, 0, messages.join("\n"));
  await close();
  await site.close();
});

// An older browser, simulated by removing what the loader checks for before it runs.
const OLD_BROWSERS = [
  ["WebAssembly", () => delete window.WebAssembly],
  ["constructed stylesheets", () => delete CSSStyleSheet.prototype.replaceSync],
];
for (const [missing, remove] of OLD_BROWSERS) {
  test(`a browser without ${missing} keeps the fallback content, or says in a line that it cannot show the widget`, async () => {
    const open = async (path) => {
      const opened = await openPage(env.browser, "about:blank");
      await opened.page.addInitScript(remove);
      await opened.page.goto(`${env.site.blogOrigin}/${path}`);
      await opened.page.waitForFunction(() => customElements.get("role-explorer") !== undefined);
      return opened;
    };
    env.site.requests.length = 0;
    const withFallback = await open("fallback.html");
    assert.equal(await fallback(withFallback.page).isVisible(), true);
    assert.equal(await withFallback.page.locator("role-explorer").evaluate((el) => el.shadowRoot), null);

    // Without fallback content (the script-tag embed): one line, no reserved space.
    const bare = await open("script-embed.html");
    const widget = bare.page.locator("role-explorer");
    assert.match(await widget.locator(".rx-unsupported").textContent(), /This browser is too old to show Role Explorer/);
    assert.equal(await widget.evaluate((el) => el.shadowRoot), null);
    const height = await widget.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height < 100, `the element is ${height}px high`);
    assert.deepEqual(env.site.requests.filter((url) => url.endsWith(".wasm")), [], "nothing to fetch");
    for (const { problems, close } of [withFallback, bare]) {
      assert.deepEqual(problems, []);
      await close();
    }
  });
}
