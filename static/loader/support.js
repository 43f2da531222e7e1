// What the widget needs of a browser (README: Supported browsers): WebAssembly with the features
// rustc emits by default for wasm32-unknown-unknown (this 75-byte module uses each of those the
// widget's wasm uses: sign extension, non-trapping float-to-int, multi-value, reference types,
// bulk memory) and constructed stylesheets. An older browser shows the blogger's fallback
// content, or a line saying it cannot show the widget: never an empty box, never an error.
const WASM_FEATURES = "AGFzbQEAAAABDAJgAW8Cf39gAAJ/fwMCAQAEBAFvAAEFAwEAAQokASIAQQAgAEEB/BEAQQBBAEEA/AoAAEEAJQDRQwAAAAD8AMAL";

export const supported = (() => {
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
