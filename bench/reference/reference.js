// Role Explorer written by hand in plain JavaScript, no framework: the benchmark's reference.
// One long file on purpose: it is what a developer would ship as one plain script, and it is
// measured as such.
//
// It reads the same role files, renders the same cards (category, title, codes, summary, skill
// tags, links, a responsibilities disclosure), a search box, a sort control ("Best match" or
// "Title (A–Z)") and skill chips with counts (a role must have every chosen skill), 24 cards
// at a time with "Show more". It uses the widget's class names and stylesheet, inside an open
// shadow root of <role-explorer>, so bench/perf.mjs measures both with the same code.
//
// Its search follows the widget's rules (README, "Reading and filtering"), ported from
// crates/core/src/text.rs, filter/ and highlight.rs so that both show the same cards in the same
// order with the same text marked: case and accents are ignored (fold() as the widget folds);
// every search word must occur in a role, or, for words of five letters or more, a word of
// the role one typo away (also as its start); roles rank by where their words occur (title,
// code, skill, category, summary, responsibility; an exact occurrence above a typo), equal
// ones in data order; every occurrence of the search words, and of the words a typo was taken
// for, is marked (<mark>) in each field shown.
//
// Only what the benchmark exercises: the `src` attribute (else roles.json beside this file)
// and `page-size` (cards per page, 24 unless set: bench/perf.mjs sets the widget's own), no
// other attributes, no error panels, no theme switch.
//
// bench/perf.mjs serves it minified with terser, beside the widget's stylesheet and built-in
// roles (compacted as build.rs compacts them for the wasm), so byte counts compare fairly.

const PAGE = 24; // cards per page unless the page-size attribute says otherwise
const base = new URL("./", import.meta.url);

// One constructed stylesheet shared by every element, as the widget does.
let sheet;
function stylesheet() {
  sheet ??= fetch(new URL("role-explorer.css", base))
    .then((response) => response.text())
    .then((css) => {
      const constructed = new CSSStyleSheet();
      constructed.replaceSync(css);
      return constructed;
    });
  return sheet;
}

// ---------------------------------------------------------------- text (crates/core/src/text.rs)

// What fold() makes of each character up to U+045F; any later one stays as it is. As the
// widget does by hand: ASCII, Latin-1, Greek and Cyrillic capitals to lower case, then the
// accents of Latin letters stripped ("ß" to "ss", "æ" to "ae"…) and combining marks dropped.
// Latin Extended-A capitals are not lowered first ("Œ" stays), exactly as in the widget.
const STRIPPED = [
  [0x300, 0x36f, ""], [0xe0, 0xe5, "a"], [0x100, 0x105, "a"], [0xe6, 0xe6, "ae"], [0xe7, 0xe7, "c"],
  [0x106, 0x10d, "c"], [0xf0, 0xf0, "d"], [0x10e, 0x111, "d"], [0xe8, 0xeb, "e"], [0x112, 0x11b, "e"],
  [0x11c, 0x123, "g"], [0x124, 0x127, "h"], [0xec, 0xef, "i"], [0x128, 0x131, "i"], [0x132, 0x133, "ij"],
  [0x134, 0x135, "j"], [0x136, 0x138, "k"], [0x139, 0x142, "l"], [0xf1, 0xf1, "n"], [0x143, 0x14b, "n"],
  [0xf2, 0xf6, "o"], [0xf8, 0xf8, "o"], [0x14c, 0x151, "o"], [0x153, 0x153, "oe"], [0x154, 0x159, "r"],
  [0xdf, 0xdf, "ss"], [0x15a, 0x161, "s"], [0x17f, 0x17f, "s"], [0x162, 0x167, "t"], [0xfe, 0xfe, "th"],
  [0xf9, 0xfc, "u"], [0x168, 0x173, "u"], [0x174, 0x175, "w"], [0xfd, 0xfd, "y"], [0xff, 0xff, "y"],
  [0x176, 0x178, "y"], [0x179, 0x17e, "z"],
];
const FOLDED = Array.from({ length: 0x460 }, (_, c) => {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
    (c >= 0x391 && c <= 0x3ab && c !== 0x3a2) || (c >= 0x410 && c <= 0x42f)) c += 0x20;
  else if (c >= 0x400 && c <= 0x40f) c += 0x50;
  return STRIPPED.find(([from, to]) => c >= from && c <= to)?.[2] ?? String.fromCharCode(c);
});
const ASCII = /^[\x00-\x7f]*$/;

// Lower case without accents, so "hopital" finds "Hôpital".
function fold(text) {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = "";
  for (const char of text) {
    const c = char.codePointAt(0);
    out += c < FOLDED.length ? FOLDED[c] : char;
  }
  return out;
}

// fold(), and for each unit of the folded text the index in `text` of the character it came
// from (null: the same index), so that a match in folded text can be marked in the original.
function foldMapped(text) {
  if (ASCII.test(text)) return [text.toLowerCase(), null];
  let folded = "";
  const origin = [];
  for (let i = 0; i < text.length; i += charLength(text, i)) {
    const c = text.codePointAt(i);
    const piece = c < FOLDED.length ? FOLDED[c] : text.slice(i, i + charLength(text, i));
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return [folded, origin];
}

const charLength = (text, i) => (text.codePointAt(i) > 0xffff ? 2 : 1);

// Search words are split on white space (Rust's set), words of the data on ASCII characters
// other than letters and digits: every other character counts as a letter.
const SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const WORD_BREAK = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/;
const terms = (query) => fold(query).split(SPACE).filter(Boolean);

// A word as one_typo_from compares it, character by character: the string itself, or its
// code points if it has any beyond U+FFFF (two UTF-16 units, one character).
const spelling = (word) => (/[\ud800-\udfff]/.test(word) ? Array.from(word) : word);

// Whether `typed` is one typo away from `word` or from the start of it ("hospitl" finds
// "hospitals"): against the whole word, or its first n-1, n or n+1 characters.
function oneTypoFrom(typed, word) {
  const n = typed.length;
  if (word.length < n - 1) return false; // too short for any of them
  if (oneEdit(typed, n, word, word.length)) return true;
  for (let k = Math.max(n - 1, 0); k <= n + 1 && k < word.length; k++) if (oneEdit(typed, n, word, k)) return true;
  return false;
}

// At most one edit between a[..aLength] and b[..bLength]: a letter wrong, missing, added, or
// two neighbours swapped.
function oneEdit(a, aLength, b, bLength) {
  if (Math.abs(aLength - bLength) > 1) return false;
  let same = 0;
  while (same < aLength && same < bLength && a[same] === b[same]) same++;
  const x = aLength - same;
  const y = bLength - same;
  if (x === y) {
    return x === 0 || equal(a, same + 1, b, same + 1, x - 1) ||
      (x >= 2 && a[same] === b[same + 1] && a[same + 1] === b[same] && equal(a, same + 2, b, same + 2, x - 2));
  }
  return x > y ? equal(a, same + 1, b, same, y) : equal(a, same, b, same + 1, x);
}

function equal(a, i, b, j, length) {
  for (let k = 0; k < length; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

// The widget orders folded titles by their UTF-8 bytes, i.e. by code points; `<` compares
// UTF-16 units, which differs only between surrogates and U+E000–U+FFFF.
function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === length) return a.length - b.length;
  const rank = (unit) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);
  return rank(a.charCodeAt(i)) - rank(b.charCodeAt(i));
}

// ---------------------------------------------------------------- marks (crates/core/src/highlight.rs)

// The ranges of `text` (UTF-16 indices) to mark: every occurrence, left to right, of each of
// `needles` (folded search words, and the words typos were taken for), found in the folded
// text and mapped back ("hopital" marks "Hôpital"), in order, merged where they overlap or
// touch.
function markRanges(text, needles) {
  const [folded, origin] = foldMapped(text);
  const ranges = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!origin) insertRange(ranges, at, end);
      else insertRange(ranges, origin[at], origin[end - 1] + charLength(text, origin[end - 1]));
    }
  }
  return ranges;
}

function insertRange(ranges, start, end) {
  let i = 0;
  while (i < ranges.length) {
    const [s, e] = ranges[i];
    if (e < start) i++;
    else if (s > end) break;
    else {
      start = Math.min(start, s);
      end = Math.max(end, e);
      ranges.splice(i, 1);
    }
  }
  ranges.splice(i, 0, [start, end]);
}

// `text` as children: plain text, with the ranges in <mark>.
function pieces(text, ranges) {
  const out = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(h("mark", null, text.slice(start, end)));
    at = end;
  }
  if (at < text.length || out.length === 0) out.push(text.slice(at));
  return out;
}

// document.createElement with attributes and children (strings become text nodes).
function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (name === "class") node.className = value;
    else if (value === true) node.setAttribute(name, "");
    else if (value !== false && value != null) node.setAttribute(name, value);
  }
  node.append(...children.flat().filter((child) => child != null));
  return node;
}

// ---------------------------------------------------------------- search (crates/core/src/filter.rs)

// Where a search word occurs in a role; a higher field ranks higher, and weighs field + 1.
const RESPONSIBILITY = 0, SUMMARY = 1, CATEGORY = 2, SKILL = 3, CODE = 4, TITLE = 5;
const FIELDS = 6;
const TYPO_MIN_CHARS = 5; // shorter search words must occur exactly

// The data prepared once, like the widget's catalog, so that a keystroke only scans folded
// text: each role's fields folded into one string, in the order title, codes, skills,
// category, summary, responsibilities (highest field first) with a separator no search word
// contains, so that words never match across fields; where each kind of field ends in it;
// every distinct word of the data (for typos), and each role's words with the best field
// each occurs in.
function prepare(data) {
  const text = (value) => (typeof value === "string" ? value.trim() : value);
  const roles = (Array.isArray(data) ? data : data.roles).map((role) => ({
    ...role,
    title: text(role.title),
    summary: text(role.summary) ?? "",
    category: text(role.category) || null,
    responsibilities: (role.responsibilities ?? []).map(text),
    skills: (role.skills ?? []).map((skill) => ({ name: text(typeof skill === "string" ? skill : skill.name) })),
    codes: Object.entries(role.codes ?? {}).map(([scheme, value]) => [scheme.trim(), text(value)]),
    links: role.links ?? [],
  }));
  const chips = [];
  const chipOf = new Map(); // folded name -> index, so "SQL" and "sql" are one chip
  const roleChips = roles.map((role) => {
    const mine = [];
    for (const { name } of role.skills) {
      const key = fold(name);
      if (!chipOf.has(key)) {
        chipOf.set(key, chips.length);
        chips.push({ name, key, roles: 0 });
      }
      const index = chipOf.get(key);
      if (!mine.includes(index)) {
        mine.push(index);
        chips[index].roles++;
      }
    }
    return mine;
  });
  // The most shared skills first (sort is stable: data order among equals).
  const order = chips.map((_, i) => i).sort((a, b) => chips[b].roles - chips[a].roles);
  const newIndex = [];
  order.forEach((old, i) => (newIndex[old] = i));

  const vocabulary = []; // distinct words, folded
  const spellings = []; // the same, as oneTypoFrom compares them
  const wordIds = new Map();
  const lastRole = []; // per word, the last role that had it
  const haystacks = [];
  const ends = new Int32Array(roles.length * FIELDS); // per role and field, where its last one ends
  const roleWords = []; // per role: word, best field, word, best field…
  roles.forEach((role, index) => {
    const folds = [];
    let length = 0;
    const words = [];
    const add = (value, field) => {
      const folded = fold(value);
      folds.push(folded);
      length += folded.length;
      ends[index * FIELDS + field] = length++; // and a separator after it
      for (const word of folded.split(WORD_BREAK)) {
        if (!word) continue;
        let id = wordIds.get(word);
        if (id === undefined) {
          id = vocabulary.length;
          wordIds.set(word, id);
          vocabulary.push(word);
          spellings.push(spelling(word));
        }
        // Fields come highest first: a word's first field in a role is its best.
        if (lastRole[id] !== index) {
          lastRole[id] = index;
          words.push(id, field);
        }
      }
    };
    add(role.title, TITLE);
    for (const [, value] of role.codes) add(value, CODE);
    for (const skill of role.skills) add(skill.name, SKILL);
    if (role.category) add(role.category, CATEGORY);
    add(role.summary, SUMMARY);
    for (const item of role.responsibilities) add(item, RESPONSIBILITY);
    // A kind of field the role lacks ends where the one before it does.
    for (let field = CODE; field >= RESPONSIBILITY; field--) {
      ends[index * FIELDS + field] ||= ends[index * FIELDS + field + 1];
    }
    folds.push(""); // the last field has a separator after it too
    haystacks.push(folds.join("\u001f")); // one flat string, not a chain of concatenations
    roleWords.push(words);
  });
  return {
    title: Array.isArray(data) ? null : data.title,
    source: Array.isArray(data) ? null : data.source,
    roles,
    haystacks,
    ends,
    vocabulary,
    spellings,
    roleWords,
    byTitle: null, // role indices by folded title, made on the first sort by title
    roleChips: roleChips.map((mine) => mine.map((old) => newIndex[old])),
    chips: order.map((old) => chips[old]),
  };
}

// The roles that fit the search and the chosen chips, in the order to show them, and what to
// mark on their cards: the search words, and the words typos were taken for.
function search(data, query, chosen, sort) {
  const words = terms(query);
  // For each search word, the words of the data it could be a typo of: once per search, over
  // the distinct words, not once per role.
  const typos = words.map((word) => {
    const typed = spelling(word);
    if (typed.length < TYPO_MIN_CHARS) return null;
    const flags = new Uint8Array(data.vocabulary.length);
    const ids = [];
    for (let id = 0; id < data.spellings.length; id++) {
      if (oneTypoFrom(typed, data.spellings[id])) {
        flags[id] = 1;
        ids.push(id);
      }
    }
    return ids.length ? { flags, ids } : null;
  });
  const marks = [...words];
  for (const typo of typos) if (typo) for (const id of typo.ids) marks.push(data.vocabulary[id]);

  const scores = new Int32Array(data.roles.length);
  const byScore = []; // role indices by score
  for (let role = 0; role < scores.length; role++) {
    const score = (scores[role] = fits(data, role, words, typos, chosen));
    if (score >= 0) (byScore[score] ??= []).push(role);
  }
  const matches = [];
  if (sort === "title") {
    data.byTitle ??= titleOrder(data);
    for (const role of data.byTitle) if (scores[role] >= 0) matches.push(role);
  } else {
    // Best first; equal scores in the data's order.
    for (let score = byScore.length - 1; score >= 0; score--) for (const role of byScore[score] ?? []) matches.push(role);
  }
  return { matches, marks };
}

// How well role fits: -1 if it lacks a chosen skill or a search word, else the sum over the
// search words of the best field each occurs in, an exact occurrence scoring (field + 1) × 2
// and a typo one less.
function fits(data, role, words, typos, chosen) {
  const mine = data.roleChips[role];
  for (const chip of chosen) if (!mine.includes(chip)) return -1;
  const haystack = data.haystacks[role];
  let score = 0;
  for (let w = 0; w < words.length; w++) {
    // The first occurrence is in the best field, as fields come highest first.
    const at = haystack.indexOf(words[w]);
    const field = at < 0 ? -1 : fieldAt(data, role, at);
    if (field >= 0) {
      score += (field + 1) * 2;
      continue;
    }
    const typo = typos[w];
    if (!typo) return -1;
    const roleWords = data.roleWords[role];
    let best = -1;
    for (let i = 0; i < roleWords.length && best < TITLE; i += 2) {
      if (roleWords[i + 1] > best && typo.flags[roleWords[i]]) best = roleWords[i + 1];
    }
    if (best < 0) return -1;
    score += (best + 1) * 2 - 1;
  }
  return score;
}

// The field that haystack index `at` of `role` belongs to, or -1 (the last separator).
function fieldAt(data, role, at) {
  for (let field = TITLE; field >= RESPONSIBILITY; field--) if (at < data.ends[role * FIELDS + field]) return field;
  return -1;
}

// Role indices by folded title (the haystack's first field), equal titles in data order.
function titleOrder(data) {
  const titles = data.haystacks.map((haystack, role) => haystack.slice(0, data.ends[role * FIELDS + TITLE]));
  return titles.map((_, role) => role).sort((a, b) => compareCodePoints(titles[a], titles[b]) || a - b);
}

const sameList = (a, b) => a.length === b.length && a.every((item, i) => item === b[i]);

class RoleExplorer extends HTMLElement {
  #shadow;
  #data;
  #state = { query: "", chosen: [], sort: "relevance", open: new Set(), more: 0 };
  #shown = new Map(); // role index -> its card, for the cards on screen
  #marks = []; // the folded words marked on the cards
  #page = PAGE;
  #view; // the elements update() changes

  connectedCallback() {
    if (this.#shadow) return;
    this.#shadow = this.attachShadow({ mode: "open" });
    this.#page = Number(this.getAttribute("page-size")) || PAGE;
    const src = this.getAttribute("src");
    const url = src ? new URL(src, document.baseURI) : new URL("roles.json", base);
    const data = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json();
    });
    stylesheet().then((constructed) => {
      this.#shadow.adoptedStyleSheets = [constructed];
      if (!this.#data) this.#showLoading();
    });
    Promise.all([stylesheet(), data]).then(([, json]) => this.#start(json),
      (error) => this.#shadow.replaceChildren(h("p", { role: "alert" }, `The roles could not load: ${error.message}`)));
  }

  // A placeholder of about the widget's height while a role file loads.
  #showLoading() {
    this.#shadow.replaceChildren(h("div", { class: "rx-mount" },
      h("section", { class: "rx", "data-theme": "auto", "aria-busy": "true" },
        h("p", { class: "rx-count", role: "status", "aria-live": "polite" }, "Loading roles…"),
        h("div", { class: "rx-skeleton", "aria-hidden": "true" }))));
  }

  #start(json) {
    this.#data = prepare(json);
    const { chips, source, title } = this.#data;
    const v = (this.#view = {
      search: h("input", { id: "rx-search", type: "search", placeholder: "Title, skill or task", autocomplete: "off", spellcheck: "false" }),
      sort: h("select", { id: "rx-sort" },
        h("option", { value: "relevance" }, "Best match"), h("option", { value: "title" }, "Title (A–Z)")),
      chips: chips.map((chip, i) => h("button", { type: "button", class: "rx-chip", "aria-pressed": "false", "data-chip": i },
        chip.name, h("span", { class: "rx-chip-count" }, "", h("span", { class: "rx-sr" }, " roles")))),
      clear: h("button", { type: "button", class: "rx-clear", disabled: true }, "Clear all filters"),
      count: h("p", { class: "rx-count", role: "status", "aria-live": "polite" }),
      list: h("ul", { class: "rx-cards" }),
      empty: h("div", { class: "rx-empty", hidden: true }, h("p", { class: "rx-empty-title" }),
        h("p", null, "Try fewer or shorter words, check the spelling, or unchoose a skill."),
        h("button", { type: "button", class: "rx-clear" }, "Clear all filters")),
      more: h("button", { type: "button", class: "rx-more", hidden: true }),
    });
    v.search.addEventListener("input", () => this.#change({ query: v.search.value }));
    v.sort.addEventListener("change", () => this.#change({ sort: v.sort.value }));
    v.chips.forEach((button, i) => button.addEventListener("click", () => this.#toggleChip(i)));
    for (const clear of [v.clear, v.empty.querySelector(".rx-clear")]) clear.addEventListener("click", () => this.#clear());
    v.more.addEventListener("click", () => this.#showMore());
    v.list.addEventListener("click", (event) => this.#toggleCard(event.target.closest(".rx-disclosure")));
    const credit = source && h("p", { class: "rx-source" }, "Source: ",
      source.url ? h("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.title) : h("cite", null, source.title),
      source.author ? `, by ${source.author}` : "", source.published ? ` (${source.published})` : "");
    this.#shadow.replaceChildren(h("div", { class: "rx-mount" },
      h("section", { class: "rx", "data-theme": "auto", "data-layout": "grid", "aria-labelledby": "rx-heading" },
        title ? h("h2", { id: "rx-heading", class: "rx-heading" }, title) : null,
        h("div", { class: "rx-filters" },
          h("div", { class: "rx-query" },
            h("div", { class: "rx-search" }, h("label", { for: "rx-search" }, "Search roles"), v.search),
            h("div", { class: "rx-sort" }, h("label", { for: "rx-sort" }, "Sort by"), v.sort)),
          h("fieldset", { class: "rx-chips" }, h("legend", null, "Skills and knowledge"),
            h("ul", { role: "list" }, v.chips.map((chip) => h("li", null, chip)))),
          v.clear),
        v.count, v.list, v.empty, v.more, credit)));
    this.#update();
  }

  // New filters, or a new order, show a new list, from its first page.
  #change(changes) {
    Object.assign(this.#state, changes, { more: 0 });
    this.#update();
  }

  #toggleChip(i) {
    const { chosen } = this.#state;
    this.#change({ chosen: chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i] });
  }

  #clear() {
    this.#view.search.value = "";
    this.#change({ query: "", chosen: [] });
  }

  // Shows the next page and moves focus to its first card, where reading goes on.
  #showMore() {
    this.#state.more++;
    this.#update();
    this.#view.list.children[this.#state.more * this.#page]?.focus();
  }

  // Opens or closes a card's responsibilities; they are built on first opening only.
  #toggleCard(button) {
    if (!button) return;
    const element = button.closest(".rx-card");
    const card = [...this.#shown.values()].find((shown) => shown.element === element);
    const id = element.dataset.role;
    const open = !this.#state.open.has(id);
    if (open) this.#state.open.add(id);
    else this.#state.open.delete(id);
    button.setAttribute("aria-expanded", String(open));
    if (open && !button.nextElementSibling) button.after(details(card));
    if (button.nextElementSibling) button.nextElementSibling.hidden = !open;
  }

  // Brings the DOM in line with the state, touching only what changed.
  #update() {
    const { roles, chips, roleChips } = this.#data;
    const { query, chosen, sort } = this.#state;
    const v = this.#view;
    const { matches, marks } = search(this.#data, query, chosen, sort);
    if (!sameList(marks, this.#marks)) this.#marks = marks;

    // How many roles each chip would leave if chosen too.
    const counts = new Array(chips.length).fill(0);
    for (const i of matches) for (const chip of roleChips[i]) counts[chip]++;
    v.chips.forEach((button, i) => {
      const pressed = chosen.includes(i);
      setAttribute(button, "aria-pressed", String(pressed));
      if (button.disabled !== (!pressed && counts[i] === 0)) button.disabled = !button.disabled;
      const [count, noun] = button.lastChild.childNodes;
      if (count.data !== String(counts[i])) count.data = counts[i];
      const nounText = counts[i] === 1 ? " role" : " roles";
      if (noun.textContent !== nounText) noun.textContent = nounText;
    });
    v.clear.disabled = !query.trim() && chosen.length === 0;
    v.count.textContent = `${matches.length} of ${roles.length} ${roles.length === 1 ? "role" : "roles"}`;

    const limit = (this.#state.more + 1) * this.#page;
    const chosenKeys = new Set(chosen.map((i) => chips[i].key));
    // Cards that stay on screen are kept, like a keyed list in a framework; others are built.
    const shown = new Map(matches.slice(0, limit).map((i) => [i, this.#card(i, chosenKeys)]));
    this.#shown = shown;
    v.list.replaceChildren(...[...shown.values()].map((card) => card.element));
    v.list.hidden = matches.length === 0;
    v.empty.hidden = matches.length > 0;
    if (matches.length === 0) v.empty.firstChild.textContent = `No role matches ${asked(query, chosen.map((i) => chips[i].name))}.`;
    v.more.hidden = matches.length <= limit;
    const hidden = matches.length - limit;
    if (hidden > 0) v.more.textContent = `Show ${Math.min(hidden, this.#page)} more (${hidden} not shown yet)`;
  }

  // Role i's card, the one on screen if it is there; its chosen-skill tags follow the chips,
  // and its marks the search.
  #card(i, chosenKeys) {
    const role = this.#data.roles[i];
    const card = this.#shown.get(i) ?? buildCard(role, this.#state.open.has(role.id), this.#marks);
    for (const tag of card.tags) tag.toggleAttribute("data-chosen", chosenKeys.has(tag.dataset.key));
    if (card.marks !== this.#marks) mark(card, this.#marks);
    return card;
  }
}

function setAttribute(element, name, value) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function asked(query, chipNames) {
  const parts = [];
  if (query.trim()) parts.push(`“${query.trim()}”`);
  if (chipNames.length) parts.push(`the skills ${chipNames.join(", ")}`);
  return parts.join(" with ");
}

// A card: its element, its skill tags, and the elements whose text it marks.
function buildCard(role, open, marks) {
  const card = { role, marks, marked: [] };
  // An element holding `text`, with the search's marks.
  const m = (tag, attributes, text) => {
    const element = h(tag, attributes);
    card.marked.push({ element, text, ranges: null });
    return element;
  };
  card.tags = role.skills.map((skill) => m("li", { class: "rx-tag", "data-key": fold(skill.name) }, skill.name));
  card.element = h("li", { class: "rx-card", "data-role": role.id, tabindex: "-1" },
    h("article", { "aria-labelledby": `rx-title-${role.id}` },
      role.category ? m("p", { class: "rx-category" }, role.category) : null,
      m("h3", { id: `rx-title-${role.id}`, class: "rx-title" }, role.title),
      role.codes.length ? h("dl", { class: "rx-codes" },
        role.codes.map(([scheme, value]) => h("div", null, h("dt", null, scheme), m("dd", null, value)))) : null,
      role.summary ? m("p", { class: "rx-summary" }, role.summary) : null,
      card.tags.length ? h("ul", { class: "rx-tags", "aria-label": "Skills and knowledge" }, card.tags) : null,
      role.links.length ? h("ul", { class: "rx-links", "aria-label": "Links" },
        role.links.map((link) => h("li", null, h("a", { href: link.url, rel: "noopener" }, link.label)))) : null,
      role.responsibilities.length ? [
        h("button", { type: "button", class: "rx-disclosure", "aria-expanded": String(open), "aria-controls": `rx-details-${role.id}` }, "Responsibilities"),
        open ? details(card) : null,
      ] : null));
  mark(card, marks);
  return card;
}

// The card's responsibilities, marked as the rest of the card.
function details(card) {
  const items = card.role.responsibilities.map((text) => {
    const element = h("li");
    const entry = { element, text, ranges: null };
    card.marked.push(entry);
    markOne(entry, card.marks);
    return element;
  });
  return h("div", { id: `rx-details-${card.role.id}`, class: "rx-details" }, h("ul", null, items));
}

// Marks the card's texts for `marks`, rewriting only those whose marked ranges changed.
function mark(card, marks) {
  card.marks = marks;
  for (const entry of card.marked) markOne(entry, marks);
}

function markOne(entry, marks) {
  const ranges = marks.length ? markRanges(entry.text, marks) : [];
  const key = ranges.join(";"); // null, for a new element, differs from any key
  if (key !== entry.ranges) entry.element.replaceChildren(...pieces(entry.text, ranges));
  entry.ranges = key;
}

if (!customElements.get("role-explorer")) customElements.define("role-explorer", RoleExplorer);
