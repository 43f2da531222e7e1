// The widgets' state in the page address (the `share` attribute), beside the host's own anchor.

// A widget's history entries are marked, and so is the entry it first leaves, so that the back
// button restores them while the host's own anchor links (unmarked, without the widget's parts)
// leave the widgets as they are.
const MARK = "roleExplorer";
const marked = () => {
  const state = history.state;
  return state === null || typeof state === "object" ? { ...state, [MARK]: true } : state;
};

// Writes a widget's state into the address: a new history entry when `push`.
export function setHash(hash, push) {
  const url = location.pathname + location.search + (hash && `#${hash}`);
  if (push) {
    history.replaceState(marked(), "");
    history.pushState(marked(), "", url);
  } else {
    history.replaceState(marked(), "", url);
  }
}

// Whether a popstate (the back button, or a shared link followed within the page) is the widgets'.
export const isWidgetState = (event) => event.state?.[MARK] || /(^|&)rx[.-]/.test(location.hash.slice(1));

// A shared link holds the host's own anchor before the widget's state (#section&rx.q=…), which
// the browser cannot scroll to by itself.
export function scrollToHostAnchor() {
  const [anchor, ...rest] = location.hash.slice(1).split("&");
  if (anchor && rest.length && !anchor.includes("=")) {
    addEventListener("load", () => document.getElementById(decodeURIComponent(anchor))?.scrollIntoView());
  }
}
