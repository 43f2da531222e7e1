// role-explorer-frame.js: an entry of its own, the script of embed.html, the iframe form for
// platforms that take no script but an iframe. It shows one widget, its settings taken from the
// query string under their attribute names (embed.html?theme=dark&roles=a,b), paints the page in
// the widget's own background, and posts its height to the framing page on every change (the
// resizer, role-explorer-resizer.js, sizes the frame from it). It stores nothing and reads no
// cookie: it runs in a sandbox without allow-same-origin (an opaque origin) as well.
import { ATTRIBUTES, RESIZE_MESSAGE } from "./contract.js";

const query = new URLSearchParams(location.search);
const widget = document.createElement("role-explorer");
for (const name of ATTRIBUTES) {
  if (query.has(name)) widget.setAttribute(name, query.get(name));
}
// The frame's language is the widget's, for screen readers and hyphenation alike; its heading,
// for screen readers, is the widget's heading when the blogger gave one.
if (query.has("lang")) document.documentElement.lang = query.get("lang");
if (query.get("heading")) document.querySelector("h1").textContent = query.get("heading");
document.querySelector("main").append(widget);

// The page's background follows the widget's, once it has drawn (theme, accent, host settings).
function paintBackground() {
  const root = widget.shadowRoot?.querySelector(".rx");
  if (root) document.documentElement.style.backgroundColor = getComputedStyle(root).backgroundColor;
}

let posted = -1;
function postHeight() {
  paintBackground();
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (parent === window || height === posted) return;
  posted = height;
  parent.postMessage({ type: RESIZE_MESSAGE, height }, "*");
}
new ResizeObserver(postHeight).observe(document.body);
widget.addEventListener("role-explorer:ready", postHeight);
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => requestAnimationFrame(paintBackground));
