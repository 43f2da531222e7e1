// Shared by the end-to-end tests: two static servers on 127.0.0.1 (the blog and the widget's
// "CDN", so every embed is cross-origin), and `test`, which runs each test once in every engine
// (Chromium, Firefox, WebKit) through the driver in ./driver/, a subset of Playwright's API.
// launchChromium() stays playwright-core on Chromium, for bench/ and scripts/screenshot.mjs.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { test as nodeTest, before, after } from "node:test";
import { chromium } from "playwright-core";
import { Browser } from "./driver/page.mjs";
import { ENGINES, engine } from "./driver/engines.mjs";
import { Unsupported } from "./driver/webdriver.mjs";
import { HARNESS_PATH, harnessScript, injectHarness } from "./driver/harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// RX_DIST tests another build, such as the smaller nightly one (`make build-small`).
export const DIST = process.env.RX_DIST ? join(process.cwd(), process.env.RX_DIST) : join(here, "..", "..", "dist");
const PAGES = join(here, "pages");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css",
};

// Serves files under `root`. `routes` maps a path to a handler (req, res) for per-test answers.
// Every HTML page gets the driver's harness first (see driver/harness.mjs); `requests` collects
// the address of every request, as the server saw it.
export function staticServer(root, { cors = false, transform = (body) => body, routes = {}, requests = [] } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(`${origin(server)}${req.url}`);
    if (path === HARNESS_PATH) return res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" }).end(harnessScript());
    if (routes[path]) return routes[path](req, res);
    // Chromium asks for one; a 404 would show up as a console error.
    if (path === "/favicon.ico") return res.writeHead(204).end();
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
    if (cors) headers["access-control-allow-origin"] = "*";
    try {
      if (!file.startsWith(root)) throw new Error("outside the root");
      let body = await readFile(file);
      if (extname(file) === ".html") body = injectHarness(transform(body.toString()));
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, headers).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export const origin = (server) => `http://127.0.0.1:${server.address().port}`;

// Answers a route with an HTML page, the harness first, as the static files get it.
export function sendPage(res, html, headers = {}) {
  res.writeHead(200, { "content-type": TYPES[".html"], ...headers }).end(injectHarness(html));
}

// Starts the widget server (dist/, with CORS; `widgetRoutes` answer some of its paths) and the
// blog server (tests/e2e/pages/, where {{WIDGET}} in a page becomes the widget server's origin).
// `requests` lists every address both were asked for.
export async function startSite({ routes, widgetRoutes } = {}) {
  const requests = [];
  const widget = await staticServer(DIST, { cors: true, routes: widgetRoutes, requests });
  const widgetOrigin = origin(widget);
  const blog = await staticServer(PAGES, { routes, requests, transform: (html) => html.replaceAll("{{WIDGET}}", widgetOrigin) });
  return {
    blogOrigin: origin(blog),
    widgetOrigin,
    requests,
    close: () => Promise.all([widget, blog].map(closeServer)),
  };
}

// Stops a server, dropping the connections a browser keeps open.
export function closeServer(server) {
  return new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
}

// E2E_ENGINES=firefox,webkit runs some of the engines; all three by default.
export const engines = (process.env.E2E_ENGINES ?? ENGINES.join(",")).split(",");
const browsers = new Map(); // engine name -> Browser; each starts its engine at its first page
let current = null; // the Browser of the engine running a test now

// Registers `body` as one test with a subtest per engine. A step an engine cannot take
// (Unsupported) skips that engine's subtest and says why; `t.skip(reason)` in the body does too.
// The pages a test leaves open are closed after it.
export function test(name, body) {
  if (!browsers.size) {
    for (const name of engines) browsers.set(name, new Browser(engine(name)));
    after(() => Promise.all([...browsers.values()].map((b) => b.close())));
  }
  nodeTest(name, async (t) => {
    for (const [name, browser] of browsers) {
      await t.test(name, async (t) => {
        current = browser;
        try {
          await body(t);
        } catch (error) {
          if (!(error instanceof Unsupported)) throw error;
          t.skip(error.message);
        } finally {
          await browser.closePages();
        }
      });
    }
  });
}

// The Browser of the engine running a test now, for openPage.
export const browser = () => current;

// The servers for one test file: started before its tests, closed after them. `env.site` is
// there once the tests run, and `env.browser` is the engine's whose test runs.
export function useSite(options) {
  const env = { get browser() { return current; } };
  before(async () => {
    env.site = await startSite(options);
  });
  after(() => env.site?.close());
  return env;
}

// Playwright's Chromium, for the benchmarks and the screenshots (not the tests).
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

// Opens `url` in a new page and records console errors and uncaught exceptions. Options as
// Playwright's context options: viewport, colorScheme, reducedMotion, javaScriptEnabled.
export async function openPage(browser, url, options = {}) {
  const page = await browser.newPage(options);
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems, close: () => page.close() };
}

// Titles of the cards a widget shows; the driver's CSS locators pierce open shadow roots.
export async function titles(widget) {
  return widget.locator(".rx-card .rx-title").allTextContents();
}

// Waits until the widget reports `count` matching roles, and shows the first page of them.
export const PAGE = 12;
export async function expectMatches(widget, count) {
  await widget.waitForFunction(
    (el, n) => el.shadowRoot?.querySelector(".rx-count")?.textContent.startsWith(`${n.toLocaleString("en")} of `),
    count,
    { timeout: 10_000 },
  );
  await expectCards(widget, Math.min(count, PAGE));
}

// Waits until the widget has rendered `count` cards.
export async function expectCards(widget, count) {
  await widget.locator(".rx-count").waitFor();
  await widget.waitForFunction((el, n) => el.shadowRoot?.querySelectorAll(".rx-card").length === n, count, { timeout: 10_000 });
}

// A host script breaks the DOM methods the card list relies on: the next cards put into the
// list (a search that brings cards back) make the widget panic ("failed to place the cards").
export function breakCardList(widget) {
  return widget.evaluate((el) => {
    const list = el.shadowRoot.querySelector(".rx-cards");
    for (const method of ["insertBefore", "append", "replaceChildren"]) {
      list[method] = () => {
        throw new Error("broken by the host page");
      };
    }
  });
}

// Opens a widget's skill facets with its "Filter by skill" button, as a reader does before
// choosing a chip (filters="compact", the default); open facets stay open.
export async function openFacets(widget) {
  const toggle = widget.locator(".rx-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await widget.locator(".rx-facets").waitFor();
}

// The 1,110 O*NET occupations of ../shared/data (SHARED_DIR overrides), in the widget's format:
// the major SOC group becomes a skill, the O*NET-SOC code a code and a link.
// Includes information from the O*NET database by USDOL/ETA, used under CC BY 4.0.
export function onetRoles() {
  const file = process.env.SHARED_DIR
    ? `${process.env.SHARED_DIR}/data/onet-occupations.json`
    : new URL("../../../shared/data/onet-occupations.json", import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")).map((o) => ({
    id: o.id, title: o.title, summary: o.summary, skills: [`SOC group ${o.major_group}`],
    codes: { "O*NET-SOC": o.code },
    links: [{ label: "O*NET OnLine", url: `https://www.onetonline.org/link/summary/${o.code}` }],
  }));
}
