// Settings as the widget reads them: every keyword the loader compares goes through `keyword`,
// which folds it exactly as the Rust side does (contract::fold_keyword), so the two cannot
// disagree about `loading="LAZY"` or `theme=" Host "`.
import { HOST_THEME_ATTRIBUTES, KEYWORDS, LANGS, META_ATTRIBUTES, SPACE } from "./contract.js";

// White space around ignored (Rust's str::trim), ASCII letters in any case (to_ascii_lowercase).
export const keyword = (value) => String(value ?? "").replace(SPACE, "").replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

// The element's attribute, else the page-wide <meta name="role-explorer:NAME"> default.
export function setting(element, name) {
  return element.getAttribute(name) ?? (META_ATTRIBUTES.includes(name)
    ? document.querySelector(`meta[name="role-explorer:${name}"]`)?.getAttribute("content") ?? null
    : null);
}

// The keyword a setting chooses, as the widget takes it: a wrong or missing one is the default.
export function choice(element, name) {
  const value = keyword(setting(element, name));
  return KEYWORDS[name].includes(value) ? value : KEYWORDS[name][0];
}

// The language a tag names by its primary subtag (`es-MX` is "es"), or "" (Rust's Lang::from_tag).
export function language(tag) {
  const primary = keyword(tag).split(/[-_]/)[0];
  return LANGS.includes(primary) ? primary : "";
}

// The `lang` of the element's closest ancestor that has one.
export const pageLang = (element) => element.parentElement?.closest("[lang]")?.lang ?? "";

// The language a widget speaks: its `lang` setting, else the page's, else the first (English).
export const widgetLang = (element) => language(setting(element, "lang")) || language(pageLang(element)) || LANGS[0];

// The host page's own mode, from the closest ancestor that states one: "dark", "light" or "".
export function hostTheme(element) {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const stated = keyword(HOST_THEME_ATTRIBUTES.map((name) => node.getAttribute(name)).find(Boolean));
    const classes = ` ${keyword(node.getAttribute("class"))} `;
    for (const mode of ["dark", "light"]) {
      if (stated.includes(mode) || new RegExp(` (theme-)?${mode}(-mode|-theme)? `).test(classes)) return mode;
    }
  }
  return "";
}
