// What the wasm asks of the page for one widget (see src/page.rs).
import { COLOUR_ATTRIBUTES } from "./contract.js";
import { resolveColour } from "./colour.js";
import { catalogue } from "./catalogue.js";
import { fetchRoles } from "./fetch.js";
import { setHash } from "./history.js";
import { readShared, sharePrefix, writeShared } from "./share.js";
import { hostTheme, pageLang, setting } from "./settings.js";

export function page(element) {
  return {
    fetchRoles,
    setting: (name) => {
      const value = setting(element, name);
      return COLOUR_ATTRIBUTES.includes(name) ? resolveColour(value) : value;
    },
    catalogue,
    pageLang: () => pageLang(element),
    hostTheme: () => hostTheme(element),
    rolesJson: () => (element.roles == null ? null : utf8(element.roles)),
    emit: (type, detail) => element.dispatchEvent(
      new CustomEvent(`role-explorer:${type}`, { bubbles: true, composed: true, detail: JSON.parse(detail) })),
    // The widget's state in the address (share.js), as [query, open, ...skills], or null.
    shared: () => {
      const shared = readShared(location.hash, sharePrefix(element.id));
      return shared && [shared.query, shared.open ?? "", ...shared.skills];
    },
    share: (query, open, skills, push) => {
      const hash = writeShared(location.hash, sharePrefix(element.id), { query, skills, open });
      if (hash !== location.hash.slice(1)) setHash(hash, push);
    },
    later,
  };
}

// A value as JSON, in UTF-8 bytes for the wasm; one JSON cannot express (a cycle, a BigInt) is empty.
function utf8(value) {
  let json = "";
  try {
    json = JSON.stringify(value) ?? "";
  } catch {}
  return new TextEncoder().encode(json);
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
