// Shared by the end-to-end tests: two static servers on 127.0.0.1 (the blog and the widget's
// "CDN", so every embed is cross-origin) and Debian's Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

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
export function staticServer(root, { cors = false, transform = (body) => body, routes = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (routes[path]) return routes[path](req, res);
    // Chromium asks for one; a 404 would show up as a console error.
    if (path === "/favicon.ico") return res.writeHead(204).end();
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" };
    if (cors) headers["access-control-allow-origin"] = "*";
    try {
      if (!file.startsWith(root)) throw new Error("outside the root");
      let body = await readFile(file);
      if (extname(file) === ".html") body = transform(body.toString());
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, headers).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export const origin = (server) => `http://127.0.0.1:${server.address().port}`;

// Starts the widget server (dist/, with CORS) and the blog server (tests/e2e/pages/, where
// {{WIDGET}} in a page becomes the widget server's origin).
export async function startSite({ routes } = {}) {
  const widget = await staticServer(DIST, { cors: true });
  const widgetOrigin = origin(widget);
  const blog = await staticServer(PAGES, { routes, transform: (html) => html.replaceAll("{{WIDGET}}", widgetOrigin) });
  return {
    blogOrigin: origin(blog),
    widgetOrigin,
    close: () => Promise.all([widget, blog].map((s) => new Promise((r) => s.close(r)))),
  };
}

// The servers and the browser for one test file: started before its tests, closed after them.
// `env.site` and `env.browser` are there once the tests run.
export function useSite(options) {
  const env = {};
  before(async () => {
    env.site = await startSite(options);
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

// Opens `url` in a fresh context and records console errors and uncaught exceptions.
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

// Titles of the cards a widget shows; Playwright's CSS locators pierce open shadow roots.
export async function titles(widget) {
  return widget.locator(".rx-card .rx-title").allTextContents();
}

// Waits until the widget reports `count` matching roles, and shows the first page of them.
export const PAGE = 12;
export async function expectMatches(widget, count) {
  await widget.page().waitForFunction(
    ([el, n]) => el.shadowRoot?.querySelector(".rx-count")?.textContent.startsWith(`${n.toLocaleString("en")} of `),
    [await widget.elementHandle(), count],
    { timeout: 10_000 },
  );
  await expectCards(widget, Math.min(count, PAGE));
}

// Waits until the widget has rendered `count` cards.
export async function expectCards(widget, count) {
  await widget.locator(".rx-count").waitFor();
  await widget.page().waitForFunction(
    ([el, n]) => el.shadowRoot?.querySelectorAll(".rx-card").length === n,
    [await widget.elementHandle(), count],
    { timeout: 10_000 },
  );
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
