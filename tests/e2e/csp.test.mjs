// A host page with a strict Content-Security-Policy: no inline scripts, no inline styles.
import assert from "node:assert/strict";
import { test, useSite, openPage, expectCards } from "./support.mjs";

const env = useSite({
    routes: {
      "/strict.html": (req, res) => {
        const policy = `default-src 'self'; script-src 'self' ${env.site.widgetOrigin} 'wasm-unsafe-eval'; ` +
          `style-src 'self'; connect-src 'self' ${env.site.widgetOrigin}`;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": policy }).end(`
          <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
          <script type="module" src="${env.site.widgetOrigin}/role-explorer.js"></script></head>
          <body><role-explorer theme="dark" accent="gold"></role-explorer>
          <role-explorer id="remote" src="${env.site.widgetOrigin}/roles.json"></role-explorer></body></html>`);
      },
    },
  });

test("the widget works, styled, under script-src 'self' <widget> 'wasm-unsafe-eval'; style-src 'self'", async () => {
  const { page, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/strict.html`);
  const violations = [];
  await page.exposeFunction("reportViolation", (v) => violations.push(v));
  await page.evaluate(() =>
    document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
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
  assert.deepEqual(violations, []);
  assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused/.test(p)), []);
  assert.deepEqual(problems, []);
  await close();
});
