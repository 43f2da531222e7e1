// Role Explorer loader: the one file a blogger links.
//
//   <script type="module" src=".../role-explorer.js" data-theme="auto"></script>
//     placed in <body>: a widget appears where the tag stands (data-* attributes are its settings);
//     placed in <head>, or right before a <role-explorer> element: only registers the element.
//   <role-explorer theme="dark"></role-explorer>
//     any number of times; attribute changes re-render, removal unmounts. Its data comes from
//     its `roles` property, else its `src` file, else a <script type="application/json"> child,
//     else the built-in roles.
//   <meta name="role-explorer:theme" content="dark">
//     a page-wide default for a setting; the element's own attribute wins.
//   RoleExplorer.scan()
//     after a single-page app put new loader tags in the page, turns them into widgets.
//   RoleExplorer.check(url)
//     reads a role file as a widget would: { roles, errors, warnings }.
//
// The wasm app (role-explorer-app.js + role-explorer-app_bg.wasm, beside this file) is fetched and
// compiled once, when the first widget starts. Each widget then runs in its own instance of it,
// so that an internal error stops only that widget (see scripts/glue-factory.mjs). What only the
// page knows (settings' defaults, the host's theme and language, the address, the network) the
// wasm asks of the object `page()` gives each widget: watching the DOM is cheaper here than in wasm.
//
// The loader is written as the small modules of static/loader/, this one first;
// scripts/join-loader.mjs joins them into dist/role-explorer.js at build time, each after those it
// imports, into one module scope. contract.js is generated from the Rust contract.
import { VERSION } from "./contract.js";
import { RoleExplorerElement } from "./element.js";
import { listen } from "./listen.js";
import { placeScriptWidgets } from "./embed.js";
import { checkRoles } from "./fetch.js";

// Page-wide listeners, once however often the script is included. Another version's loader on the
// same page keeps the element it defined: this one says which is running, and its script tags
// become widgets of that version.
const running = customElements.get("role-explorer");
if (!running) {
  customElements.define("role-explorer", RoleExplorerElement);
  listen();
  globalThis.RoleExplorer = Object.freeze({ scan: placeScriptWidgets, check: checkRoles, version: VERSION });
} else if (running !== RoleExplorerElement && globalThis.RoleExplorer?.version !== VERSION) {
  console.warn(`role-explorer: version ${globalThis.RoleExplorer?.version ?? "unknown"} is already running on this page; ` +
    `this loader (version ${VERSION}, ${import.meta.url}) leaves it in place`);
}
placeScriptWidgets();
