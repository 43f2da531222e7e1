// The snippet builder: every setting of the widget as a form control, a live preview, the three
// embed snippets with copy buttons (builder-snippets.js), the readable copy inside the element
// form (builder-readable.js), advice per platform (builder-platforms.js), and a check of a custom
// role file before it is published.
import { snippets } from "./builder-snippets.js";
import { readableCopy } from "./builder-readable.js";
import { PLATFORMS } from "./builder-platforms.js";

const form = document.getElementById("settings");
const preview = document.getElementById("preview");

// Where the release's files are, the snippets' default (its version is Cargo.toml's).
// contract:release
const RELEASE_BASE = "https://cdn.jsdelivr.net/npm/role-explorer@0.2.0/dist/";
// /contract:release

// Every attribute, in the order the snippets write them; the form has a control named after each.
// contract:attributes
const ATTRIBUTES = ["theme", "accent", "roles", "skills", "query", "heading", "layout", "filters", "src", "timeout", "lang", "share", "loading"];
// /contract:attributes

// The attributes the form asks for: each control's value when not empty (role boxes joined by
// commas), and a ticked flag (share) as a bare attribute.
function attributes() {
  const data = new FormData(form);
  const chosen = [];
  for (const name of ATTRIBUTES) {
    const value = data.getAll(name).map((item) => String(item).trim()).filter(Boolean).join(",");
    const flag = data.has(name) && form.querySelector(`[name="${name}"]`).type === "checkbox";
    if (value || flag) chosen.push([name, value]);
  }
  return chosen;
}

// The hashes of this build's files (integrity.json): the release's, or the blogger's own copy of it.
let integrity = {};
// The role file the widget reads, by address: the copy is made from it.
const files = new Map();
function roleFile(src) {
  let url;
  try {
    url = new URL(src || "roles.json", location.href).href;
  } catch {
    return null; // an address still being typed
  }
  if (!files.has(url)) {
    files.set(url, null);
    fetch(url).then((answer) => answer.json()).then((data) => files.set(url, data), () => {}).finally(update);
  }
  return files.get(url);
}

// The folder the snippets load the widget from, ending in "/"; the release's while the field is
// empty or holds no address yet.
function baseUrl() {
  try {
    return new URL(form.elements.base.value.trim() || RELEASE_BASE, location.href).href.replace(/\/?$/, "/");
  } catch {
    return RELEASE_BASE;
  }
}

function update() {
  const chosen = attributes();
  const settings = Object.fromEntries(chosen);
  // The preview takes exactly the snippet's attributes.
  for (const { name } of [...preview.attributes]) if (name !== "id") preview.removeAttribute(name);
  for (const [name, value] of chosen) preview.setAttribute(name, value);
  const base = baseUrl();
  const data = roleFile(settings.src);
  const readable = data ? readableCopy(data, settings) : "";
  for (const [kind, text] of Object.entries(snippets({ chosen, base, integrity, readable }))) {
    document.getElementById(`${kind}-snippet`).textContent = text;
  }
}

// The platform menu, and its advice: which form to use there, and why.
function listPlatforms() {
  const menu = form.elements.platform;
  for (const platform of PLATFORMS) menu.append(new Option(platform.name, platform.id));
  menu.addEventListener("change", advise);
  advise();
}
function advise() {
  const platform = PLATFORMS.find((p) => p.id === form.elements.platform.value);
  document.getElementById("platform-advice").textContent = platform.advice;
  for (const box of document.querySelectorAll(".snippet")) {
    box.querySelector(".badge")?.remove();
    if (box.id === `${platform.form}-box`) box.querySelector("h3").append(Object.assign(document.createElement("span"), { className: "badge", textContent: " (recommended)" }));
  }
}

// One checkbox per built-in role, for the `roles` attribute.
async function listRoles() {
  const data = await (await fetch("roles.json")).json();
  files.set(new URL("roles.json", location.href).href, data); // the copy's data, from the first snippet on
  const { roles } = data;
  const boxes = document.getElementById("role-boxes");
  for (const role of roles) {
    const label = document.createElement("label");
    const box = Object.assign(document.createElement("input"), { type: "checkbox", name: boxes.dataset.name, value: role.id });
    label.append(box, ` ${role.title}`);
    boxes.append(label);
  }
}

// Reads the file at `src` as the widget would, and lists what is wrong, each with its place.
async function check() {
  const src = form.elements.src.value.trim();
  const result = document.getElementById("check-result");
  result.className = "check-result";
  if (!src) {
    result.textContent = "Enter the address of a role file first.";
    return;
  }
  result.textContent = `Checking ${src}…`;
  // An empty timeout leaves the loader's default, as the snippet would.
  const report = await RoleExplorer.check(src, Number(form.elements.timeout.value) || undefined);
  const list = (items) => {
    const ul = document.createElement("ul");
    for (const item of items) ul.append(Object.assign(document.createElement("li"), { textContent: item }));
    return ul;
  };
  result.replaceChildren();
  if (report.errors.length) {
    result.classList.add("bad");
    result.append(`${report.errors.length} problem${report.errors.length === 1 ? "" : "s"} to fix before publishing:`, list(report.errors));
  } else {
    result.classList.add("ok");
    result.append(`Ready to publish: ${report.roles} role${report.roles === 1 ? "" : "s"}.`);
  }
  if (report.warnings.length) result.append(` Warnings:`, list(report.warnings));
}

async function copy(event) {
  const text = document.getElementById(event.target.dataset.for).textContent;
  const status = document.getElementById("copied");
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = "Copied to the clipboard.";
  } catch {
    // Without clipboard access (an http page, a refusal): select it for Ctrl+C.
    getSelection().selectAllChildren(document.getElementById(event.target.dataset.for));
    status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
  }
}

form.elements.base.value = RELEASE_BASE;
form.addEventListener("input", (event) => {
  if (event.target.name === "accent-picker") form.elements.accent.value = event.target.value;
  update();
});
form.addEventListener("submit", (event) => event.preventDefault());
document.getElementById("check").addEventListener("click", check);
for (const button of document.querySelectorAll(".copy")) button.addEventListener("click", copy);
integrity = await fetch("integrity.json").then((answer) => answer.json()).then((list) => list.files, () => ({}));
listPlatforms();
await listRoles();
update();
