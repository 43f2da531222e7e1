// The page's side of the driver. The test servers put <script src="/__e2e/harness.js"> first in
// every page they serve; it records console messages and uncaught errors for the test and then
// runs the page's init scripts, before any script of the page. It does this the same way in every
// engine because WebKitWebDriver offers neither a console log nor scripts run at document start.
// The script is served from the page's own origin, so a strict CSP (script-src 'self') allows it.

export const HARNESS_PATH = "/__e2e/harness.js";

// The page whose navigation the browser makes now: its init scripts go into the next harness
// served. Tests navigate one page at a time (node --test runs a file's tests in turn).
let navigating = null;
export function willNavigate(page) {
  navigating = page;
}

// The script for HARNESS_PATH.
export function harnessScript() {
  return [`(${record})();`, ...(navigating?.initScripts ?? [])].join("\n");
}

// `html` with the harness's script tag first in its head.
export function injectHarness(html) {
  const tag = `<script src="${HARNESS_PATH}"></script>`;
  const head = /<head[^>]*>|<html[^>]*>|<!doctype[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}

// In the page: keeps what a console or an uncaught error says in window.__e2e.log, which the
// driver reads and empties after each command.
function record() {
  if (window.__e2e) return;
  const log = [];
  Object.defineProperty(window, "__e2e", { value: { log } });
  const text = (value) => {
    if (typeof value === "string") return value;
    if (value instanceof Element) return `<${value.localName}${value.id ? `#${value.id}` : ""}>`;
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  for (const type of ["log", "info", "warn", "error", "debug"]) {
    const original = console[type];
    console[type] = function (...args) {
      log.push({ kind: "console", type: type === "warn" ? "warning" : type, text: args.map(text).join(" ") });
      return original.apply(this, args);
    };
  }
  // An error the page handles itself (preventDefault in a later listener) is not uncaught.
  const uncaught = (event, error) => setTimeout(() => {
    if (!event.defaultPrevented) log.push({ kind: "pageerror", message: error?.message ?? String(error) });
  });
  addEventListener("error", (event) => {
    if (event.target === window) return uncaught(event, event.error ?? event.message);
    // A script, stylesheet or image that failed to load (this event does not bubble).
    log.push({ kind: "console", type: "error", text: `Failed to load ${event.target.src || event.target.href}` });
  }, true);
  addEventListener("unhandledrejection", (event) => uncaught(event, event.reason));
  document.currentScript?.remove();
}
