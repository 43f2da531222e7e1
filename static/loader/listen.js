// The page-wide listeners, installed once: the host's theme and language, the back button,
// printing, and the host's anchor in a shared link. Each tells the widgets it concerns.
import { HOST_THEME_ATTRIBUTES } from "./contract.js";
import { live } from "./element.js";
import { isWidgetState, scrollToHostAnchor } from "./history.js";
import { choice, language, setting } from "./settings.js";

const notifyAll = (method, ...args) => live.forEach((call) => call(method, ...args));

// Whether a widget takes `attribute` (the host's `lang`, or its theme) from its ancestors: with
// no language of its own (none, or one without a catalogue), or with theme="host".
const follows = (widget, attribute) => attribute === "lang"
  ? !language(setting(widget, "lang"))
  : choice(widget, "theme") === "host";

export function listen() {
  // The host's theme toggle or language changed on an ancestor of some widgets: those that
  // follow it re-read them. Others ignore it: hosts change classes on <body> often.
  new MutationObserver((mutations) => {
    for (const [widget, call] of live) {
      const changed = (m) => m.target !== widget && m.target.contains(widget) && follows(widget, m.attributeName);
      if (mutations.some(changed)) call("refresh");
    }
  }).observe(document.documentElement, {
    subtree: true, attributes: true, attributeFilter: ["class", "lang", ...HOST_THEME_ATTRIBUTES],
  });

  // The back button, or a shared link followed within the page.
  addEventListener("popstate", (event) => {
    if (isWidgetState(event)) notifyAll("hashChanged");
  });

  // Printing shows every role in full.
  addEventListener("beforeprint", () => notifyAll("setPrinting", true));
  addEventListener("afterprint", () => notifyAll("setPrinting", false));
  matchMedia("print").addEventListener("change", (event) => notifyAll("setPrinting", event.matches));

  scrollToHostAnchor();
}
