// A host page with a strict Content-Security-Policy: no inline scripts, no inline styles.
import assert from "node:assert/strict";
import { test, useSite, openPage, sendPage, expectCards } from "./support.mjs";

const env = useSite({
    routes: {
      "/strict.html": (req, res) => {
        const policy = `default-src 'self'; script-src 'self' ${env.site.widgetOrigin} 'wasm-unsafe-eval'; ` +
          `style-src 'self'; connect-src 'self' ${env.site.widgetOrigin}`;
        sendPage(res, `
          <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
          <script type="module" src="${env.site.widgetOrigin}/role-explorer.js"></script></head>
          <body><role-explorer theme="dark" accent="gold"></role-explorer>
          <role-explorer id="remote" src="${env.site.widgetOrigin}/roles.json"></role-explorer></body></html>`,
          { "content-security-policy": policy });
      },
    },
  });

test("the widget works, styled, under script-src 'self' <widget> 'wasm-unsafe-eval'; style-src 'self'", async () => {
  const { page, problems, close } = await openPage(env.browser, "about:blank");
  // Every violation from the page's start.
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${env.site.blogOrigin}/strict.html`);
  const widget = page.locator("role-explorer").first();
  await expectCards(widget, 4);
  await expectCards(page.locator("#remote"), 4);
  // Styles applied: the adopted stylesheet and the CSSOM-written accent.
  const look = await widget.locator(".rx").evaluate((el) => ({
    background: getComputedStyle(el).backgroundColor,
    accent: getComputedStyle(el).getPropertyValue("--_accent"),
    display: getComputedStyle(el.querySelector(".rx-cards")).display,
  }));
  assert.deepEqual(look, { background: "rgb(20, 24, 28)", accent: "#ffd700", display: "grid" });
  await widget.locator("input[type=search]").fill("HIPAA");
  await expectCards(widget, 1);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), []);
  assert.deepEqual(problems, []);
  await close();
});
