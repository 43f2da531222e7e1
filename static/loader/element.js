// <role-explorer>: one widget, its own wasm instance, started when connected (or, with
// loading="lazy", when it comes near the viewport) and stopped when removed.
import { ATTRIBUTES } from "./contract.js";
import { Stopped, guard, loadCode } from "./code.js";
import { page } from "./bridge.js";
import { hasFallback, reserve } from "./placeholder.js";
import { stopScreen, unsupportedNotice } from "./stop.js";
import { supported } from "./support.js";
import { choice, widgetLang } from "./settings.js";
import { catalogueSettled, loadCatalogue } from "./catalogue.js";

// Started element -> its private #call, for the page-wide listeners (listen.js).
export const live = new Map();

export class RoleExplorerElement extends HTMLElement {
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
    if (!supported) {
      // The blogger's fallback content, else one line saying why there is no widget.
      if (!hasFallback(this) && !this.querySelector(":scope > .rx-unsupported")) this.append(unsupportedNotice(this));
      return;
    }
    reserve(this);
    if (choice(this, "loading") !== "lazy") return this.#start();
    // Start a screen's height early, so the widget is ready by the time it scrolls into view.
    this.#lazy = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#lazy.disconnect();
      this.#start();
    }, { rootMargin: "100% 0px" });
    this.#lazy.observe(this);
  }

  async #start() {
    let loaded;
    try {
      [loaded] = await Promise.all([loadCode(), loadCatalogue(widgetLang(this))]);
    } catch (error) {
      this.shadowRoot?.replaceChildren(); // no endless placeholder
      return console.error(`role-explorer: the widget could not load its code: ${error?.message ?? error}`);
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
    (this.shadowRoot ?? this.attachShadow({ mode: "open" })).replaceChildren(stopScreen(this, () => this.#start()));
  }

  // Calls into the widget never throw into the host page's code. A refresh in a language whose
  // messages have not arrived waits for them.
  #call(method, ...args) {
    const lang = method === "refresh" && widgetLang(this);
    if (lang && !catalogueSettled(lang)) return void loadCatalogue(lang).then(() => this.#call(method));
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
