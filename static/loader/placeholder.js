// What a widget shows until the wasm renders.
import { element } from "./dom.js";

// Reserves the widget's height, so the page does not jump; hosts tune it with `--rx-reserve`.
// The placeholder also lays out, unseen, a word in each font size and weight of the widget's
// stylesheet (static/role-explorer.css), one a frame, the most used first: the browser then
// looks those fonts up while the wasm loads, in small steps, instead of all in the frame that
// first shows the cards (tests/e2e/lazy.test.mjs checks that none is missing).
const FONTS = [[0.875, 400], [1, 400], [1.125, 600], [1, 600], [0.875, 600], [1.25, 600]];
let waiting; // the placeholder's stylesheet, made for the first placeholder (never in a browser without them)
function placeholderStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{display:block}.rx-wait{min-height:var(--rx-reserve,36rem);border-radius:.6em;background:#8881}\
.rx-fonts{visibility:hidden;height:0;overflow:hidden;font-family:var(--rx-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif)}\
${FONTS.map(([size, weight], i) => `.rx-fonts>:nth-child(${i + 1}){font-size:calc(var(--rx-font-size,16px)*${size});font-weight:${weight}}`).join("")}`);
  return sheet;
}

// Content the blogger put inside the element (not its inline JSON).
export const hasFallback = (host) => [...host.children].some((child) => child.localName !== "script");

// Gives `host` the placeholder, unless it has one or shows the blogger's own fallback content.
export function reserve(host) {
  if (host.shadowRoot || hasFallback(host)) return;
  const root = host.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [(waiting ??= placeholderStyles())];
  const fonts = element("div", { class: "rx-fonts", "aria-hidden": "true" });
  root.replaceChildren(element("div", { class: "rx-wait" }, fonts));
  // Until all are laid out, or the widget has replaced the placeholder.
  const warm = () => fonts.isConnected && fonts.children.length < FONTS.length && requestAnimationFrame(() => {
    fonts.append(element("span", {}, "Aa"));
    warm();
  });
  warm();
}
