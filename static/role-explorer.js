// Role Explorer loader: the one file a blogger links.
//
//   <script type="module" src=".../role-explorer.js" data-theme="auto"></script>
//     placed in <body>: a widget appears where the tag stands (data-* attributes are its settings);
//     placed in <head>: only registers the <role-explorer> element.
//   <role-explorer theme="dark"></role-explorer>
//     any number of times; attribute changes re-render, removal unmounts. Its data comes from
//     its `roles` property, else its `src` file, else a <script type="application/json"> child,
//     else the built-in roles.
//
// The wasm app (role-explorer-app.js + role-explorer-app_bg.wasm, beside this file) is loaded once,
// when the first widget connects, and serves every widget on the page.

const ATTRIBUTES = ["theme", "accent", "roles", "skills", "query", "heading", "layout", "src", "timeout"];
const base = new URL("./", import.meta.url);
const ownPath = import.meta.url.split(/[?#]/)[0];

let app; // Promise of the initialised wasm-bindgen module.

function loadApp() {
  app ??= (async () => {
    // Fetch the wasm while the glue module loads, rather than after. The no-op catch keeps an
    // early failure from being reported as unhandled; init below still sees the rejection.
    const wasm = fetch(new URL("role-explorer-app_bg.wasm", base));
    wasm.catch(() => {});
    const glue = await import(new URL("role-explorer-app.js", base).href);
    await glue.default({ module_or_path: wasm });
    return glue;
  })();
  return app;
}

// Fetches a role file (the `src` attribute) for the wasm, which decides what the answer means.
// Never rejects: a timeout or a network failure is an answer too.
async function fetchRoles(url, seconds) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, seconds * 1000);
  try {
    const response = await fetch(url, { mode: "cors", signal: controller.signal });
    const body = await response.text();
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", body };
  } catch {
    return timedOut ? { timedOut: true } : { unreachable: true };
  } finally {
    clearTimeout(timer);
  }
}

class RoleExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #widget = null;
  #roles;

  constructor() {
    super();
    // A page may set `roles` before this script defines the element: that own property
    // would hide the accessor below, so take its value over.
    if (Object.hasOwn(this, "roles")) {
      const roles = this.roles;
      delete this.roles;
      this.roles = roles;
    }
  }

  // Role data as plain objects (the same shape as the JSON format); it wins over inline JSON.
  get roles() {
    return this.#roles;
  }

  set roles(value) {
    this.#roles = value;
    this.#widget?.refresh();
  }

  connectedCallback() {
    loadApp().then(
      (glue) => {
        if (this.isConnected && !this.#widget) this.#widget = new glue.Widget(this, fetchRoles);
      },
      (error) => console.error("role-explorer: the widget could not load its code", error),
    ).catch((error) => console.error("role-explorer: the widget could not start", this, error));
  }

  attributeChangedCallback() {
    this.#widget?.refresh();
  }

  disconnectedCallback() {
    if (!this.#widget) return;
    this.#widget.unmount();
    this.#widget.free();
    this.#widget = null;
  }
}

// Turns each loader script tag in <body> into a widget right after it, once.
function placeScriptWidgets() {
  for (const script of document.querySelectorAll("script[src]")) {
    if (script.src.split(/[?#]/)[0] !== ownPath || script.hasAttribute("data-rx-placed")) continue;
    script.setAttribute("data-rx-placed", "");
    if (!document.body?.contains(script)) continue;
    const element = document.createElement("role-explorer");
    for (const name of ATTRIBUTES) {
      const value = script.getAttribute(`data-${name}`);
      if (value !== null) element.setAttribute(name, value);
    }
    script.after(element);
  }
}

// Loading the script twice must not define the element twice.
if (!customElements.get("role-explorer")) customElements.define("role-explorer", RoleExplorerElement);
placeScriptWidgets();
