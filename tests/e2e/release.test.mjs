// End-to-end: the release as a blogger gets it. The packed tarball (scripts/release.mjs) is
// installed with `npm install ./role-explorer-X.tgz` into an empty folder, and
// node_modules/role-explorer/ is served from one 127.0.0.1 port as an npm-backed CDN would; a blog
// on another port embeds it cross-origin with the integrity attribute. The loader refuses a
// changed wasm or glue; a second loader of another version leaves the first in place.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, browser, openPage, sendPage, staticServer, closeServer, origin, DIST, expectCards } from "./support.mjs";
import { release, PACKAGED } from "../../scripts/release.mjs";
import { cargoVersion } from "../../scripts/version.mjs";

const OTHER_VERSION = "0.0.1-other";
let work, installed, servers, cdn, other, tampered, blog;
let page = ""; // the body of the page the blog serves at /post.html

// A CDN of `root` (CORS, as npm-backed CDNs send it); `routes` answer some paths instead.
const cdnServer = async (root, routes) => {
  const server = await staticServer(root, { cors: true, routes });
  servers.push(server);
  return origin(server);
};
const changed = (file, change) => (req, res) => res
  .writeHead(200, { "content-type": file.endsWith(".wasm") ? "application/wasm" : "text/javascript", "access-control-allow-origin": "*" })
  .end(change(readFileSync(join(installed, "dist", file))));

before(async () => {
  work = mkdtempSync(join(tmpdir(), "rx-release-"));
  const tarball = release(DIST, join(work, "packed"));
  const project = join(work, "blog");
  mkdirSync(project);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: project, stdio: "ignore" });
  installed = join(project, "node_modules", "role-explorer");
  // Another version's copy: its loader only names another version.
  const otherCopy = join(work, "other");
  cpSync(installed, otherCopy, { recursive: true });
  const loader = join(otherCopy, "dist", "role-explorer.js");
  writeFileSync(loader, readFileSync(loader, "utf8").replace(`"${cargoVersion()}"`, `"${OTHER_VERSION}"`));
  servers = [];
  cdn = await cdnServer(installed);
  other = await cdnServer(otherCopy);
  tampered = {
    wasm: await cdnServer(installed, {
      "/dist/role-explorer-app_bg.wasm": changed("role-explorer-app_bg.wasm", (bytes) => { bytes[bytes.length - 1] ^= 1; return bytes; }),
    }),
    glue: await cdnServer(installed, {
      "/dist/role-explorer-app.js": changed("role-explorer-app.js", (bytes) => `${bytes}\n// changed on the way\n`),
    }),
  };
  const server = await staticServer(work, {
    routes: { "/post.html": (req, res) => sendPage(res, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body>${page}</body></html>`) },
  });
  servers.push(server);
  blog = origin(server);
});
after(async () => {
  await Promise.all((servers ?? []).map(closeServer));
  if (work) rmSync(work, { recursive: true, force: true });
});

const integrity = () => JSON.parse(readFileSync(join(installed, "dist", "integrity.json"), "utf8"));
const loaderTag = (base, attributes = "") => `<script type="module" src="${base}/dist/role-explorer.js"${attributes}></script>`;

async function post(body) {
  page = body;
  return openPage(browser(), `${blog}/post.html`);
}

test("the package holds the widget, its types and schema, README and LICENSE, under Cargo.toml's version", async () => {
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(manifest.name, "role-explorer");
  assert.equal(manifest.version, cargoVersion());
  assert.equal(manifest.types, "dist/role-explorer.d.ts");
  assert.equal(manifest.unpkg, "dist/role-explorer.js");
  assert.equal(manifest.jsdelivr, "dist/role-explorer.js");
  assert.equal(manifest.exports["."].default, "./dist/role-explorer.js");
  for (const name of PACKAGED) assert.ok(readFileSync(join(installed, "dist", name)).length > 0, name);
  assert.match(readFileSync(join(installed, "LICENSE"), "utf8"), /^MIT License/);
  assert.match(readFileSync(join(installed, "README.md"), "utf8"), /^# Role Explorer/);
  assert.equal(integrity().version, manifest.version);
});

test("installed from the tarball and served as a CDN, the widget works cross-origin with the integrity attribute", async () => {
  const sri = integrity().files["role-explorer.js"];
  const { page, problems, close } = await post(loaderTag(cdn, ` integrity="${sri}" crossorigin="anonymous" data-theme="dark"`));
  const widget = page.locator("role-explorer");
  await expectCards(widget, 4);
  assert.equal(await widget.locator(".rx").getAttribute("data-theme"), "dark");
  assert.equal(await page.evaluate(() => RoleExplorer.version), cargoVersion());
  assert.deepEqual(problems, []);
  await close();
});

test("a loader tag whose integrity does not match is not run by the browser", async () => {
  const wrong = `sha384-${Buffer.alloc(48).toString("base64")}`;
  const { page, close } = await post(`${loaderTag(cdn, ` integrity="${wrong}" crossorigin="anonymous"`)}<p id="after">after</p>`);
  await page.locator("#after").waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => [customElements.get("role-explorer"), globalThis.RoleExplorer].some(Boolean)), false);
  await close();
});

for (const file of ["wasm", "glue"]) {
  test(`a changed ${file} is refused: the fallback stays, the console says why, the page keeps working`, async () => {
    const name = file === "wasm" ? "role-explorer-app_bg.wasm" : "role-explorer-app.js";
    const { page, problems, close } = await post(`${loaderTag(tampered[file])}
      <role-explorer id="kept"><p id="fallback">Health Informatics Specialist, IT Resource Manager</p></role-explorer>
      <role-explorer id="bare"></role-explorer>
      <button id="host" type="button">the host's own button</button>`);
    await page.waitForFunction(() => globalThis.RoleExplorer);
    await page.evaluate(() => document.getElementById("host").addEventListener("click", (e) => { e.target.textContent = "clicked"; }));
    await page.waitForFunction(() => !document.getElementById("bare").shadowRoot?.children.length, undefined, { timeout: 10_000 });
    assert.equal(await page.locator("#fallback").isVisible(), true);
    assert.equal(await page.locator("#kept .rx-card").count(), 0);
    await page.locator("#host").click();
    assert.equal(await page.locator("#host").textContent(), "clicked");
    const refusal = problems.find((p) => p.includes("role-explorer: the widget could not load its code"));
    assert.ok(refusal, `no refusal among ${problems.join(" | ")}`);
    assert.match(refusal, new RegExp(`refused ${tampered[file]}/dist/${name.replace(".", "\\.")}: .*SHA-384 differs`));
    assert.deepEqual(problems.filter((p) => p.startsWith("pageerror")), []);
    await close();
  });
}

test("a second loader of another version leaves the element to the first and names the version running", async () => {
  const messages = [];
  const { page, problems, close } = await post(`${loaderTag(cdn)}<p>first</p><div id="second">${loaderTag(other)}</div>`);
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  await expectCards(page.locator("#second role-explorer"), 4);
  await page.waitForFunction(() => document.querySelectorAll("role-explorer").length === 2);
  assert.equal(await page.evaluate(() => RoleExplorer.version), cargoVersion());
  await page.evaluate(() => 0); // collects the console's messages
  assert.ok(messages.some((m) => m.startsWith("warning: ") && m.includes(`version ${cargoVersion()} is already running on this page`)
    && m.includes(`this loader (version ${OTHER_VERSION}`)), messages.join(" | "));
  assert.deepEqual(problems, []);
  await close();
});
