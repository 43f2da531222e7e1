// Role Explorer written by hand in plain JavaScript, no framework: the benchmark's reference.
//
// It reads the same role files, renders the same cards (category, title, codes, summary, skill
// tags, links, a responsibilities disclosure), a search box (case and accents ignored, every
// word must match) and skill chips with counts (a role must have every chosen skill), 24 cards
// at a time with "Show more". It uses the widget's class names and stylesheet, inside an open
// shadow root of <role-explorer>, so bench/perf.mjs measures both with the same code.
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

// Lower case without accents, so "hopital" finds "Hôpital".
const fold = (text) => text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");

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

// The data prepared once, so that a keystroke only scans folded text.
function prepare(data) {
  const roles = (Array.isArray(data) ? data : data.roles).map((role) => ({
    ...role,
    summary: role.summary ?? "",
    responsibilities: role.responsibilities ?? [],
    skills: (role.skills ?? []).map((skill) => (typeof skill === "string" ? { name: skill } : skill)),
    codes: Object.entries(role.codes ?? {}),
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
  return {
    title: Array.isArray(data) ? null : data.title,
    source: Array.isArray(data) ? null : data.source,
    roles,
    // One string per role; "\n" between fields so that words never match across them.
    haystacks: roles.map((role) => [role.title, role.summary, ...role.responsibilities,
      ...role.skills.map((skill) => skill.name), role.category ?? "", ...role.codes.map(([, value]) => value),
    ].map(fold).join("\n")),
    roleChips: roleChips.map((mine) => mine.map((old) => newIndex[old])),
    chips: order.map((old) => chips[old]),
  };
}

class RoleExplorer extends HTMLElement {
  #shadow;
  #data;
  #state = { query: "", chosen: [], open: new Set(), more: 0 };
  #shown = new Map(); // role index -> its card, for the cards on screen
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
          h("div", { class: "rx-search" }, h("label", { for: "rx-search" }, "Search roles"), v.search),
          h("fieldset", { class: "rx-chips" }, h("legend", null, "Skills and knowledge"),
            h("ul", { role: "list" }, v.chips.map((chip) => h("li", null, chip)))),
          v.clear),
        v.count, v.list, v.empty, v.more, credit)));
    this.#update();
  }

  // New filters show a new list, from its first page.
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
    const id = button.closest(".rx-card").dataset.role;
    const open = !this.#state.open.has(id);
    if (open) this.#state.open.add(id);
    else this.#state.open.delete(id);
    button.setAttribute("aria-expanded", String(open));
    if (open && !button.nextElementSibling) button.after(details(this.#data.roles.find((role) => role.id === id)));
    if (button.nextElementSibling) button.nextElementSibling.hidden = !open;
  }

  #matches() {
    const { haystacks, roleChips } = this.#data;
    const terms = fold(this.#state.query).split(/\s+/).filter(Boolean);
    const chosen = this.#state.chosen;
    const matches = [];
    for (let i = 0; i < haystacks.length; i++) {
      if (terms.every((term) => haystacks[i].includes(term)) && chosen.every((chip) => roleChips[i].includes(chip))) {
        matches.push(i);
      }
    }
    return matches;
  }

  // Brings the DOM in line with the state, touching only what changed.
  #update() {
    const { roles, chips, roleChips } = this.#data;
    const { query, chosen } = this.#state;
    const v = this.#view;
    const matches = this.#matches();

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

  // Role i's card, the one on screen if it is there; its chosen-skill marks follow the chips.
  #card(i, chosenKeys) {
    const role = this.#data.roles[i];
    const card = this.#shown.get(i) ?? buildCard(role, this.#state.open.has(role.id));
    for (const tag of card.tags) tag.classList.toggle("rx-tag-chosen", chosenKeys.has(tag.dataset.key));
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

function buildCard(role, open) {
  const tags = role.skills.map((skill) => h("li", { class: "rx-tag", "data-key": fold(skill.name) }, skill.name));
  const element = h("li", { class: "rx-card", "data-role": role.id, tabindex: "-1" },
    h("article", { "aria-labelledby": `rx-title-${role.id}` },
      role.category ? h("p", { class: "rx-category" }, role.category) : null,
      h("h3", { id: `rx-title-${role.id}`, class: "rx-title" }, role.title),
      role.codes.length ? h("dl", { class: "rx-codes" },
        role.codes.map(([scheme, value]) => h("div", null, h("dt", null, scheme), h("dd", null, value)))) : null,
      role.summary ? h("p", { class: "rx-summary" }, role.summary) : null,
      tags.length ? h("ul", { class: "rx-tags", "aria-label": "Skills and knowledge" }, tags) : null,
      role.links.length ? h("ul", { class: "rx-links", "aria-label": "Links" },
        role.links.map((link) => h("li", null, h("a", { href: link.url, rel: "noopener" }, link.label)))) : null,
      role.responsibilities.length ? [
        h("button", { type: "button", class: "rx-disclosure", "aria-expanded": String(open), "aria-controls": `rx-details-${role.id}` }, "Responsibilities"),
        open ? details(role) : null,
      ] : null));
  return { element, tags };
}

function details(role) {
  return h("div", { id: `rx-details-${role.id}`, class: "rx-details" },
    h("ul", null, role.responsibilities.map((item) => h("li", null, item))));
}

if (!customElements.get("role-explorer")) customElements.define("role-explorer", RoleExplorer);
