// The script-tag form: a loader tag in <body> becomes a widget right after it.
import { SCRIPT_ATTRIBUTES } from "./contract.js";

const ownPath = import.meta.url.split(/[?#]/)[0];

// Turns each loader script tag in `root` (within <body>) into a widget right after it, once.
export function placeScriptWidgets(root = document) {
  for (const script of root.querySelectorAll("script[src]")) {
    if (script.src.split(/[?#]/)[0] !== ownPath || script.hasAttribute("data-rx-placed")) continue;
    script.setAttribute("data-rx-placed", "");
    // In <head> it only loads; right before a <role-explorer> of its own (the element form,
    // pasted in a post), it loads that one.
    if (!document.body?.contains(script) || script.nextElementSibling?.localName === "role-explorer") continue;
    const widget = document.createElement("role-explorer");
    for (const name of SCRIPT_ATTRIBUTES) {
      const value = script.getAttribute(`data-${name}`);
      if (value !== null) widget.setAttribute(name, value);
    }
    script.after(widget);
  }
}
