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
// The wasm app (role-explorer-app.js + role-explorer-app_bg.wasm, beside this file) is fetched and
// compiled once, when the first widget connects. Each widget then runs in its own instance of it,
// so that an internal error stops only that widget (see scripts/glue-factory.mjs).

const ATTRIBUTES = ["theme", "accent", "roles", "skills", "query", "heading", "layout", "src", "timeout"];
const base = new URL("./", import.meta.url);
const ownPath = import.meta.url.split(/[?#]/)[0];

let code; // Promise of { createApp, module }: the glue's factory and the compiled wasm.

function loadCode() {
  code ??= (async () => {
    // Fetch and compile the wasm while the glue module loads, rather than after. The no-op catch
    // keeps an early failure from being reported as unhandled; the await below still sees it.
    const module = compile(fetch(new URL("role-explorer-app_bg.wasm", base)));
    module.catch(() => {});
    const glue = await import(new URL("role-explorer-app.js", base).href);
    return { createApp: glue.default, module: await module };
  })();
  return code;
}

async function compile(response) {
  response = await response;
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // A server that does not send application/wasm.
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

// Thrown into the page for calls that reach a stopped widget; the handlers below keep it quiet,
// since the widget has already said what happened.
class Stopped extends Error {}
for (const type of ["error", "unhandledrejection"]) {
  addEventListener(type, (event) => {
    if ((event.error ?? event.reason) instanceof Stopped) event.preventDefault();
  });
}

// Wraps an instance's exports: the first error that escapes the wasm (a Rust panic, a trap, an
// exception from a broken DOM method) stops the instance and is reported once through `onStop`.
function guard(exports, onStop) {
  let stopped = false;
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] = typeof value !== "function" ? value : (...args) => {
      if (stopped) throw new Stopped();
      try {
        return value(...args);
      } catch (error) {
        if (!stopped) {
          stopped = true;
          onStop(error);
        }
        throw new Stopped();
      }
    };
  }
  return guarded;
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
    this.#call("refresh");
  }

  connectedCallback() {
    this.#start();
  }

  async #start() {
    let loaded;
    try {
      loaded = await loadCode();
    } catch (error) {
      return console.error("role-explorer: the widget could not load its code", error);
    }
    if (!this.isConnected || this.#widget) return;
    let widget;
    const app = loaded.createApp((exports) => guard(exports, (error) => this.#stop(widget, error)));
    try {
      await app.init({ module_or_path: loaded.module });
      if (!this.isConnected || this.#widget) return;
      widget = this.#widget = new app.Widget(this, fetchRoles);
    } catch (error) {
      // A failure guard() has not reported yet: one before the instance ran.
      if (!(error instanceof Stopped)) this.#stop(widget, error);
    }
  }

  // Replaces a stopped widget with a message and a way to start it afresh.
  #stop(widget, error) {
    if (widget && this.#widget !== widget) return;
    this.#widget = null;
    console.error(`role-explorer: this widget stopped after an internal error (${error?.message ?? error}); other widgets are not affected.`, this);
    const restart = element("button", "rx-retry", "Restart");
    restart.type = "button";
    restart.addEventListener("click", () => this.#start());
    const fault = element("div", "rx-fault", element("p", "rx-fault-title",
      "Role Explorer stopped because of an internal error. Other widgets on this page still work."), restart);
    fault.setAttribute("role", "alert");
    (this.shadowRoot ?? this.attachShadow({ mode: "open" })).replaceChildren(element("div", "rx-mount", element("div", "rx", fault)));
  }

  // Calls into the widget never throw into the host page's code.
  #call(method) {
    const widget = this.#widget;
    try {
      widget?.[method]();
    } catch (error) {
      if (!(error instanceof Stopped)) this.#stop(widget, error);
    }
  }

  attributeChangedCallback() {
    this.#call("refresh");
  }

  disconnectedCallback() {
    this.#call("unmount");
    this.#call("free");
    this.#widget = null;
  }
}

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
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
