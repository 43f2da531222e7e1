// The readable copy: the chosen roles as plain HTML (headings, paragraphs, lists and the source
// credit) that the builder puts inside <role-explorer>. Feed readers, email newsletters, reader
// modes, search engines and readers without JavaScript see it; the widget replaces it when it
// starts. It is made from what the widget gets (the role file, the `roles` attribute and its
// order, the heading, the language) and speaks the widget's words, generated from its catalogues.

// contract:words
export const WORDS = {
  en: { dir: "ltr", skills: "Skills and knowledge", responsibilities: "Responsibilities", links: "Links", source: "Source: ", sourceBy: ", by {author}", count: { zero: "{shown} of {total} roles", one: "{shown} of {total} role", two: "{shown} of {total} roles", few: "{shown} of {total} roles", many: "{shown} of {total} roles", other: "{shown} of {total} roles" } },
  es: { dir: "ltr", skills: "Habilidades y conocimientos", responsibilities: "Responsabilidades", links: "Enlaces", source: "Fuente: ", sourceBy: ", de {author}", count: { zero: "{shown} de {total} puestos", one: "{shown} de {total} puesto", two: "{shown} de {total} puestos", few: "{shown} de {total} puestos", many: "{shown} de {total} puestos", other: "{shown} de {total} puestos" } },
  ar: { dir: "rtl", skills: "المهارات والمعارف", responsibilities: "المسؤوليات", links: "روابط", source: "المصدر: ", sourceBy: "، بقلم {author}", count: { zero: "{shown} من {total} وظيفة", one: "{shown} من وظيفة واحدة", two: "{shown} من وظيفتين", few: "{shown} من {total} وظائف", many: "{shown} من {total} وظيفة", other: "{shown} من {total} وظيفة" } },
};
// /contract:words

// The widget shows this many cards at first; a longer copy would weigh down every feed item.
export const FIRST_PAGE = 12;

const text = (value) => String(value ?? "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const quoted = (value) => text(value).replaceAll('"', "&quot;");
const fill = (phrase, values) => phrase.replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
const strings = (value) => (Array.isArray(value) ? value : []).filter((item) => typeof item === "string" && item.trim());

// Only a web address becomes a link: a javascript: one in a role file must not.
function webAddress(url) {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

// The language the copy speaks: `lang`'s primary subtag if the widget has it, else none (the page's).
export function copyLanguage(lang) {
  const primary = String(lang ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(WORDS, primary) ? primary : "";
}

// The roles a widget with `roles` (ids, comma-separated; none for all) shows, in that order.
export function chosenRoles(data, roles) {
  const list = (Array.isArray(data) ? data : Array.isArray(data?.roles) ? data.roles : [])
    .filter((role) => typeof role?.id === "string" && typeof role.title === "string");
  const ids = String(roles ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  return ids.length ? ids.map((id) => list.find((role) => role.id === id)).filter(Boolean) : list;
}

function roleHtml(role, words) {
  const skills = (Array.isArray(role.skills) ? role.skills : [])
    .map((skill) => (typeof skill === "string" ? skill : skill?.name)).filter((name) => typeof name === "string" && name.trim());
  const list = (heading, items) => (items.length
    ? `\n<h4>${text(heading)}</h4>\n<ul>${items.map((item) => `<li>${text(item)}</li>`).join("")}</ul>` : "");
  const summary = typeof role.summary === "string" && role.summary.trim() ? `\n<p>${text(role.summary)}</p>` : "";
  return `<h3>${text(role.title)}</h3>${summary}${list(words.skills, skills)}${list(words.responsibilities, strings(role.responsibilities))}`;
}

// The copy's HTML for `data` (a role file's JSON) and the widget's settings { roles, heading, lang };
// empty when no role would show.
export function readableCopy(data, { roles, heading, lang } = {}) {
  const language = copyLanguage(lang);
  const words = WORDS[language || "en"];
  const all = chosenRoles(data, roles);
  if (!all.length) return ""; // nothing to read: the element stays empty
  const shown = all.slice(0, FIRST_PAGE);
  const title = heading || (typeof data?.title === "string" ? data.title : "");
  const source = data?.source && typeof data.source === "object" ? data.source : null;
  const sourceUrl = webAddress(source?.url);
  const parts = [];
  if (title) parts.push(`<h2>${text(title)}</h2>`);
  parts.push(...shown.map((role) => roleHtml(role, words)));
  if (all.length > shown.length && sourceUrl) {
    const locale = language || "en";
    const count = words.count[new Intl.PluralRules(locale).select(all.length)];
    const number = (n) => new Intl.NumberFormat(locale).format(n);
    parts.push(`<p><a href="${quoted(sourceUrl)}">${text(fill(count, { shown: number(shown.length), total: number(all.length) }))}</a></p>`);
  }
  if (source && typeof source.title === "string") {
    const name = sourceUrl ? `<a href="${quoted(sourceUrl)}">${text(source.title)}</a>` : text(source.title);
    const by = typeof source.author === "string" ? text(fill(words.sourceBy, { author: source.author })) : "";
    parts.push(`<p>${text(words.source)}${name}${by}</p>`);
  }
  const langAttributes = language ? ` lang="${language}" dir="${words.dir}"` : "";
  return `<div class="rx-readable"${langAttributes}>\n${parts.join("\n")}\n</div>`;
}
