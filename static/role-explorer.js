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

const ATTRIBUTES = ["theme", "accent", "roles", "skills", "query", "heading", "layout", "src", "timeout", "lang", "share", "loading"];
const base = new URL("./", import.meta.url);
const ownPath = import.meta.url.split(/[?#]/)[0];
// Where host pages keep their own light or dark mode, on <html> or any ancestor.
const THEME_ATTRIBUTES = ["data-theme", "data-bs-theme", "data-color-scheme", "data-mode"];
const live = new Map(); // started element -> its private #call, for the page-wide listeners

let code; // Promise of { createApp, module }: the glue's factory and the compiled wasm.

// What the widget needs of a browser (README: Supported browsers): WebAssembly with the features
// rustc emits by default for wasm32-unknown-unknown (this 75-byte module uses each of those the
// widget's wasm uses: sign extension, non-trapping float-to-int, multi-value, reference types,
// bulk memory) and constructed stylesheets. An older browser shows the blogger's fallback
// content, or a line saying it cannot show the widget: never an empty box, never an error.
const WASM_FEATURES = "AGFzbQEAAAABDAJgAW8Cf39gAAJ/fwMCAQAEBAFvAAEFAwEAAQokASIAQQAgAEEB/BEAQQBBAEEA/AoAAEEAJQDRQwAAAAD8AMAL";
const supported = (() => {
  try {
    return WebAssembly.validate(Uint8Array.from(atob(WASM_FEATURES), (c) => c.charCodeAt(0)))
      && typeof CSSStyleSheet.prototype.replaceSync === "function" && "adoptedStyleSheets" in ShadowRoot.prototype;
  } catch {
    return false; // no WebAssembly at all
  }
})();
if (!supported) {
  console.warn("role-explorer: this browser is too old for the widget (see its README: Supported browsers)");
}

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
// since the widget has already said what happened. WebKit reports what a cross-origin module
// threw as "Script error." without the error, even when it was fetched with CORS: there, a
// Stopped is known by being thrown in the same task, before the next microtask.
class Stopped extends Error {}
let justStopped = false;
function stoppedError() {
  justStopped = true;
  queueMicrotask(() => { justStopped = false; });
  return new Stopped();
}
for (const type of ["error", "unhandledrejection"]) {
  addEventListener(type, (event) => {
    if ((event.error ?? event.reason) instanceof Stopped || (justStopped && event.error === null)) event.preventDefault();
  });
}

// Wraps an instance's exports: the first error that escapes the wasm (a Rust panic, a trap, an
// exception from a broken DOM method) stops the instance and is reported once through `onStop`.
function guard(exports, onStop) {
  let stopped = false;
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] = typeof value !== "function" ? value : (...args) => {
      if (stopped) throw stoppedError();
      try {
        return value(...args);
      } catch (error) {
        if (!stopped) {
          stopped = true;
          onStop(error);
        }
        throw stoppedError();
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
    // Bytes, not text: the wasm copies bytes in one go, where a string of megabytes is copied
    // into it character by character. JSON files are UTF-8 (RFC 8259).
    const body = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", body };
  } catch {
    return timedOut ? { timedOut: true } : { unreachable: true };
  } finally {
    clearTimeout(timer);
  }
}

// Reads a role file as a widget would and reports { roles, errors, warnings }, every problem with its
// place: the snippet builder checks a blogger's file with it before they publish.
async function checkRoles(url, seconds = 10) {
  const { createApp, module } = await loadCode();
  const app = createApp((exports) => exports);
  await app.init({ module_or_path: module });
  const address = new URL(url, location.href).href;
  return JSON.parse(app.checkRoles(url, await fetchRoles(address, seconds)));
}

// A value as JSON, in UTF-8 bytes for the wasm; one JSON cannot express (a cycle, a BigInt) is empty.
function utf8(value) {
  let json = "";
  try {
    json = JSON.stringify(value) ?? "";
  } catch {}
  return new TextEncoder().encode(json);
}

// The element's attribute, else the page-wide <meta name="role-explorer:NAME"> default.
function setting(element, name) {
  return element.getAttribute(name)
    ?? document.querySelector(`meta[name="role-explorer:${name}"]`)?.getAttribute("content") ?? null;
}

// The host page's own mode, from the closest ancestor that states one: "dark", "light" or "".
function hostTheme(element) {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const stated = THEME_ATTRIBUTES.map((name) => node.getAttribute(name)).find(Boolean) ?? "";
    const classes = ` ${node.className} `.toLowerCase();
    for (const mode of ["dark", "light"]) {
      if (stated.toLowerCase().includes(mode) || new RegExp(` (theme-)?${mode}(-mode|-theme)? `).test(classes)) {
        return mode;
      }
    }
  }
  return "";
}

// What the wasm asks of the page for one widget (see src/page.rs).
function page(element) {
  return {
    fetchRoles,
    setting: (name) => setting(element, name),
    pageLang: () => element.parentElement?.closest("[lang]")?.lang ?? "",
    hostTheme: () => hostTheme(element),
    elementId: () => element.id,
    rolesJson: () => (element.roles == null ? null : utf8(element.roles)),
    emit: (type, detail) => element.dispatchEvent(
      new CustomEvent(`role-explorer:${type}`, { bubbles: true, composed: true, detail: JSON.parse(detail) })),
    hash: () => location.hash,
    setHash,
    later,
  };
}

// Runs `task` in a new task, after the browser has had the main thread (rendering, input): the
// wasm reads a large role file in slices this way. A message, unlike a timer, is not slowed down.
const tasks = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();
function later(task) {
  tasks.push(task);
  channel.port2.postMessage(0);
}

// Writes a widget's state into the address. Its history entries are marked, and so is the entry
// it first leaves, so that the back button restores them while the host's own anchor links
// (unmarked, without the widget's parts) leave the widgets as they are.
const MARK = "roleExplorer";
const marked = () => {
  const state = history.state;
  return state === null || typeof state === "object" ? { ...state, [MARK]: true } : state;
};
function setHash(hash, push) {
  const url = location.pathname + location.search + (hash && `#${hash}`);
  if (push) {
    history.replaceState(marked(), "");
    history.pushState(marked(), "", url);
  } else {
    history.replaceState(marked(), "", url);
  }
}

// The few words the loader itself may show, before or without the wasm: a stopped widget's
// message and button, and what a browser too old for the widget shows without fallback content.
const WORDS = {
  en: {
    stopped: "Role Explorer stopped because of an internal error. Other widgets on this page still work.",
    restart: "Restart",
    unsupported: "This browser is too old to show Role Explorer.",
  },
  es: {
    stopped: "Role Explorer se detuvo por un error interno. Los demás widgets de esta página siguen funcionando.",
    restart: "Reiniciar",
    unsupported: "Este navegador es demasiado antiguo para mostrar Role Explorer.",
  },
  ar: {
    stopped: "توقفت أداة Role Explorer بسبب خطأ داخلي. الأدوات الأخرى في هذه الصفحة ما زالت تعمل.",
    restart: "إعادة التشغيل",
    unsupported: "هذا المتصفح أقدم من أن يعرض Role Explorer.",
  },
};
const wordsFor = (element) => WORDS[(element.lang || element.closest("[lang]")?.lang || "en").slice(0, 2)] ?? WORDS.en;

// Reserves the widget's height until the wasm renders, so the page does not jump; hosts tune it
// with `--rx-reserve`. Content the blogger put inside the element shows instead, when there is some.
// The placeholder also lays out, unseen, a word in each font size and weight of the widget's
// stylesheet (static/role-explorer.css), one a frame, the most used first: the browser then
// looks those fonts up while the wasm loads, in small steps, instead of all in the frame that
// first shows the cards (tests/e2e/lazy.test.mjs checks that none is missing).
const FONTS = [[0.875, 400], [1, 400], [1.125, 600], [1, 600], [0.875, 600], [1.25, 600]];
let waiting; // the placeholder's stylesheet, made for the first placeholder
const placeholderStyles = () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{display:block}.rx-wait{min-height:var(--rx-reserve,36rem);border-radius:.6em;background:#8881}\
.rx-fonts{visibility:hidden;height:0;overflow:hidden;font-family:var(--rx-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif)}\
${FONTS.map(([size, weight], i) => `.rx-fonts>:nth-child(${i + 1}){font-size:calc(var(--rx-font-size,16px)*${size});font-weight:${weight}}`).join("")}`);
  return sheet;
};

class RoleExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #widget = null;
  #roles;
  #lazy = null; // the IntersectionObserver of a widget waiting to come near the viewport

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
    if (!supported) return this.#unsupported();
    this.#reserve();
    if (setting(this, "loading") !== "lazy") return this.#start();
    // Start a screen's height early, so the widget is ready by the time it scrolls into view.
    this.#lazy = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#lazy.disconnect();
      this.#start();
    }, { rootMargin: "100% 0px" });
    this.#lazy.observe(this);
  }

  // Content the blogger put inside the element (not the inline JSON).
  #hasFallback() {
    return [...this.children].some((child) => child.localName !== "script");
  }

  // In a browser too old for the widget: its fallback content, else one line saying so.
  #unsupported() {
    if (this.#hasFallback()) return;
    this.append(element("p", "rx-unsupported", wordsFor(this).unsupported));
  }

  #reserve() {
    if (this.shadowRoot || this.#hasFallback()) return;
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [(waiting ??= placeholderStyles())];
    const fonts = element("div", "rx-fonts");
    fonts.setAttribute("aria-hidden", "true");
    root.replaceChildren(element("div", "rx-wait", fonts));
    // Until all are laid out, or the widget has replaced the placeholder.
    const warm = () => fonts.isConnected && fonts.children.length < FONTS.length && requestAnimationFrame(() => {
      fonts.append(element("span", "", "Aa"));
      warm();
    });
    warm();
  }

  async #start() {
    let loaded;
    try {
      loaded = await loadCode();
    } catch (error) {
      this.shadowRoot?.replaceChildren(); // no endless placeholder
      return console.error("role-explorer: the widget could not load its code", error);
    }
    if (!this.isConnected || this.#widget) return;
    let widget;
    const app = loaded.createApp((exports) => guard(exports, (error) => this.#stop(widget, error)));
    try {
      await app.init({ module_or_path: loaded.module });
      if (!this.isConnected || this.#widget) return;
      widget = this.#widget = new app.Widget(this, page(this));
      live.set(this, (method, ...args) => this.#call(method, ...args));
    } catch (error) {
      // A failure guard() has not reported yet: one before the instance ran.
      if (!(error instanceof Stopped)) this.#stop(widget, error);
    }
  }

  // Replaces a stopped widget with a message and a way to start it afresh.
  #stop(widget, error) {
    if (widget && this.#widget !== widget) return;
    this.#widget = null;
    live.delete(this);
    console.error(`role-explorer: this widget stopped after an internal error (${error?.message ?? error}); other widgets are not affected.`, this);
    const { stopped: message, restart: label } = wordsFor(this);
    const restart = element("button", "rx-retry", label);
    restart.type = "button";
    restart.addEventListener("click", () => this.#start());
    const fault = element("div", "rx-fault", element("p", "rx-fault-title", message), restart);
    fault.setAttribute("role", "alert");
    (this.shadowRoot ?? this.attachShadow({ mode: "open" })).replaceChildren(element("div", "rx-mount", element("div", "rx", fault)));
  }

  // Calls into the widget never throw into the host page's code.
  #call(method, ...args) {
    const widget = this.#widget;
    try {
      widget?.[method](...args);
    } catch (error) {
      if (!(error instanceof Stopped)) this.#stop(widget, error);
    }
  }

  attributeChangedCallback() {
    this.#call("refresh");
  }

  disconnectedCallback() {
    this.#lazy?.disconnect();
    live.delete(this);
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

// Turns each loader script tag in `root` (within <body>) into a widget right after it, once.
function placeScriptWidgets(root = document) {
  for (const script of root.querySelectorAll("script[src]")) {
    if (script.src.split(/[?#]/)[0] !== ownPath || script.hasAttribute("data-rx-placed")) continue;
    script.setAttribute("data-rx-placed", "");
    // In <head> it only loads; right before a <role-explorer> of its own (the element form,
    // pasted in a post), it loads that one.
    if (!document.body?.contains(script) || script.nextElementSibling?.localName === "role-explorer") continue;
    const widget = document.createElement("role-explorer");
    for (const name of ATTRIBUTES) {
      const value = script.getAttribute(`data-${name}`);
      if (value !== null) widget.setAttribute(name, value);
    }
    script.after(widget);
  }
}

// Page-wide listeners, once however often the script is included.
if (!customElements.get("role-explorer")) {
  customElements.define("role-explorer", RoleExplorerElement);
  const notifyAll = (method, ...args) => live.forEach((call) => call(method, ...args));

  // The host's theme toggle or language changed on an ancestor of some widgets: those that follow
  // it (theme="host", no lang of their own) re-read them. Others ignore it: hosts change classes
  // on <body> often.
  const follows = (widget, attribute) => attribute === "lang"
    ? setting(widget, "lang") === null
    : setting(widget, "theme") === "host";
  new MutationObserver((mutations) => {
    for (const [widget, call] of live) {
      const changed = (m) => m.target !== widget && m.target.contains(widget) && follows(widget, m.attributeName);
      if (mutations.some(changed)) call("refresh");
    }
  }).observe(document.documentElement, {
    subtree: true, attributes: true, attributeFilter: ["class", "lang", ...THEME_ATTRIBUTES],
  });

  // The back button, or a shared link followed within the page.
  addEventListener("popstate", (event) => {
    if (event.state?.[MARK] || /(^|&)rx[.-]/.test(location.hash.slice(1))) notifyAll("hashChanged");
  });

  // Printing shows every role in full.
  addEventListener("beforeprint", () => notifyAll("setPrinting", true));
  addEventListener("afterprint", () => notifyAll("setPrinting", false));
  matchMedia("print").addEventListener("change", (event) => notifyAll("setPrinting", event.matches));

  // A shared link holds the host's own anchor before the widget's state (#section&rx.q=…), which
  // the browser cannot scroll to by itself.
  const [anchor, ...rest] = location.hash.slice(1).split("&");
  if (anchor && rest.length && !anchor.includes("=")) {
    addEventListener("load", () => document.getElementById(decodeURIComponent(anchor))?.scrollIntoView());
  }

  globalThis.RoleExplorer = Object.freeze({ scan: placeScriptWidgets, check: checkRoles });
}
placeScriptWidgets();
