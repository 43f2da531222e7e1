// End-to-end: the snippet builder page of the demo site. Every setting is a control, the preview
// follows, the three snippets are generated and copied, and a custom role file is checked before it
// is published. A generated snippet, pasted into a blank page, gives the widget that was previewed.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { test, browser, openPage, sendPage, staticServer, closeServer, origin, DIST, expectCards, titles } from "./support.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const json = (body) => (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body);
let pasted = ""; // the page body /pasted.html serves

let server;
before(async () => {
  server = await staticServer(DIST, {
    routes: {
      "/bad.json": json(`[{"id":"a","title":"A","skills":["x",42]},{"title":"B","pay":1}]`),
      "/good.json": json(`[{"id":"a","title":"A","extra":1}]`),
      "/pasted.html": (req, res) =>
        sendPage(res, `<!doctype html><html lang="en"><title>Pasted</title><body>${pasted}</body></html>`),
    },
  });
});
after(() => server && closeServer(server));

// The builder, its snippets loading the widget from the test server (the release's CDN by default).
async function open() {
  const opened = await openPage(browser(), `${origin(server)}/builder.html`);
  const preview = opened.page.locator("#preview");
  await expectCards(preview, 4);
  await opened.page.locator("input[name=base]").fill(`${origin(server)}/`);
  return { ...opened, preview, snippet: (id) => opened.page.locator(`#${id}-snippet`).textContent() };
}

test("every setting updates the preview and the three snippets", async () => {
  const { page, preview, snippet, problems, close } = await open();
  await page.locator("select[name=theme]").selectOption("dark");
  await page.locator("input[name=accent]").fill("#ff8800");
  await page.locator("select[name=layout]").selectOption("list");
  await page.locator("input[name=heading]").fill('Jobs "now"');
  await page.locator("select[name=lang]").selectOption("es");
  await page.getByRole("checkbox", { name: "Healthcare Project Manager" }).check();
  await page.getByRole("checkbox", { name: "Healthcare Systems Analyst" }).check();
  await page.locator("input[name=skills]").fill("Testing");
  await page.locator("input[name=share]").check();
  await expectCards(preview, 1);
  const root = preview.locator(".rx");
  assert.equal(await root.getAttribute("data-theme"), "dark");
  assert.equal(await root.getAttribute("data-layout"), "list");
  assert.equal(await root.getAttribute("lang"), "es");
  assert.equal(await preview.locator("h2").textContent(), 'Jobs "now"');
  const sri = JSON.parse(readFileSync(`${DIST}/integrity.json`, "utf8")).files;
  const tag = (file) => `<script type="module" src="${origin(server)}/${file}" integrity="${sri[file]}" crossorigin="anonymous"`;
  // In the contract's order of attributes (crates/core/src/contract).
  const attributes = ' theme="dark" accent="#ff8800" roles="healthcare-project-manager,healthcare-systems-analyst" ' +
    'skills="Testing" heading="Jobs &quot;now&quot;" layout="list" lang="es" share';
  const element = await snippet("element");
  assert.ok(element.startsWith(`${tag("role-explorer.js")}></script>\n<role-explorer${attributes}>\n<div class="rx-readable" lang="es" dir="ltr">\n`), element);
  assert.ok(element.endsWith("</div></role-explorer>"), element);
  assert.equal(await snippet("script"),
    `${tag("role-explorer.js")}${attributes.replace(/ (\w+)(?==| |$)/g, " data-$1")}></script>`);
  const query = "theme=dark&accent=%23ff8800&roles=healthcare-project-manager,healthcare-systems-analyst&skills=Testing&heading=Jobs%20%22now%22&layout=list&lang=es&share";
  assert.equal(await snippet("iframe"),
    `<iframe src="${origin(server)}/embed.html?${query.replaceAll("&", "&amp;")}" title="Jobs &quot;now&quot;" loading="lazy" width="100%" height="640" style="border:0;width:100%"></iframe>\n` +
    `<!-- Optional, where the page may run a script: the frame then grows to fit the widget. -->\n${tag("role-explorer-resizer.js")}></script>`);
  // The colour picker fills the accent.
  await page.locator("input[name=accent-picker]").fill("#336699");
  assert.equal(await page.locator("input[name=accent]").inputValue(), "#336699");
  assert.deepEqual(problems, []);
  await close();
});

// What a reader gets by pasting (Control+V) into a text field of the page.
async function paste(page) {
  await page.evaluate(() => document.body.append(Object.assign(document.createElement("textarea"), { id: "paste" })));
  await page.locator("#paste").focus();
  await page.keyboard.press("Control+v");
  const text = await page.locator("#paste").inputValue();
  await page.evaluate(() => document.getElementById("paste").remove());
  return text;
}

test("a copied snippet, pasted into a blank page, gives the widget of the preview", async () => {
  const { page, snippet, close } = await open();
  await page.locator("select[name=theme]").selectOption("dark");
  await page.getByRole("checkbox", { name: "IT Resource Manager" }).check();
  await page.locator(".copy[data-for=element-snippet]").click();
  await page.locator("#copied", { hasText: "Copied to the clipboard." }).waitFor();
  const copied = await paste(page);
  assert.equal(copied, await snippet("element"));
  pasted = copied;
  const blank = await openPage(browser(), `${origin(server)}/pasted.html`);
  const widget = blank.page.locator("role-explorer");
  await expectCards(widget, 1);
  assert.deepEqual(await titles(widget), ["IT Resource Manager"]);
  assert.equal(await widget.locator(".rx").getAttribute("data-theme"), "dark");
  assert.deepEqual(blank.problems, []);
  await blank.close();
  // The script form works the same.
  await page.evaluate(() => { document.getElementById("copied").textContent = ""; });
  await page.locator(".copy[data-for=script-snippet]").click();
  await page.locator("#copied", { hasText: "Copied" }).waitFor();
  pasted = await paste(page);
  const again = await openPage(browser(), `${origin(server)}/pasted.html`);
  await expectCards(again.page.locator("role-explorer"), 1);
  await again.close();
  await close();
});

test("checking a role file lists every problem with its place before publishing", async () => {
  const { page, close } = await open();
  const result = page.locator("#check-result");
  const check = async (src) => {
    await page.locator("input[name=src]").fill(src);
    await page.locator("#check").click();
    await page.waitForFunction(() => /bad|ok/.test(document.getElementById("check-result").className));
    const text = await result.textContent();
    await page.evaluate(() => { document.getElementById("check-result").className = "check-result"; });
    return text;
  };
  const bad = await check("bad.json");
  assert.match(bad, /^2 problems to fix before publishing:/);
  assert.match(bad, /roles\[0\]\.skills\[1\]: expected a string, found 42/);
  assert.match(bad, /roles\[1\]\.id: is required but missing/);
  assert.match(await check("good.json"), /Ready to publish: 1 role\. Warnings:roles\[0\]\.extra: unknown field, ignored/);
  assert.match(await check("missing.json"), /missing\.json was not found \(HTTP 404\)/);
  assert.match(await check("roles.json"), /Ready to publish: 4 roles\./);
  await close();
});

test("the builder page has no axe violations", async () => {
  const { page, close } = await open();
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () =>
    (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
  assert.deepEqual(violations, []);
  await close();
});

// The controls are generated from the contract (crates/gen): each keyword attribute is a menu of
// its keywords, the first (the default) written as no attribute at all.
test("keyword menus offer the contract's keywords, and a chosen one goes into the snippet", async () => {
  const { page, preview, snippet, close } = await open();
  const options = (name) => page.locator(`select[name=${name}] option`).evaluateAll((all) => all.map((o) => o.value));
  assert.deepEqual(await options("theme"), ["", "light", "dark", "host"]);
  assert.deepEqual(await options("loading"), ["", "lazy"]);
  await page.locator("select[name=loading]").selectOption("lazy");
  assert.match(await snippet("element"), /\n<role-explorer loading="lazy">\n<div class="rx-readable">\n/);
  assert.equal(await preview.getAttribute("loading"), "lazy");
  await close();
});

test("by default the snippets load the release from its versioned CDN address; the platform menu marks the form to use", async () => {
  const { page, snippet, close } = await openPage(browser(), `${origin(server)}/builder.html`).then(async (opened) => {
    await expectCards(opened.page.locator("#preview"), 4);
    await opened.page.waitForFunction(() => document.getElementById("script-snippet").textContent);
    return { ...opened, snippet: (id) => opened.page.locator(`#${id}-snippet`).textContent() };
  });
  const { version, files } = JSON.parse(readFileSync(`${DIST}/integrity.json`, "utf8"));
  const release = `https://cdn.jsdelivr.net/npm/role-explorer@${version}/dist/`;
  assert.ok((await snippet("script")).startsWith(
    `<script type="module" src="${release}role-explorer.js" integrity="${files["role-explorer.js"]}" crossorigin="anonymous"`));
  assert.ok((await snippet("iframe")).startsWith(`<iframe src="${release}embed.html"`));
  const recommended = () => page.locator(".snippet:has(.badge)").getAttribute("id");
  assert.equal(await recommended(), "element-box");
  await page.locator("select[name=platform]").selectOption("notion");
  assert.equal(await recommended(), "iframe-box");
  assert.match(await page.locator("#platform-advice").textContent(), /\/embed/);
  await close();
});
