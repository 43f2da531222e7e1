// The snippet builder: every setting of the widget as a form control, a live preview, the two
// embed snippets with copy buttons, and a check of a custom role file before it is published.
const form = document.getElementById("settings");
const preview = document.getElementById("preview");
const loader = new URL("role-explorer.js", location.href).href;

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

const escape = (value) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const attribute = (prefix) => ([name, value]) => (value === "" ? ` ${prefix}${name}` : ` ${prefix}${name}="${escape(value)}"`);

function update() {
  const chosen = attributes();
  // The preview takes exactly the snippet's attributes.
  for (const { name } of [...preview.attributes]) if (name !== "id") preview.removeAttribute(name);
  for (const [name, value] of chosen) preview.setAttribute(name, value);
  document.getElementById("element-snippet").textContent =
    `<script type="module" src="${loader}"></script>\n<role-explorer${chosen.map(attribute("")).join("")}></role-explorer>`;
  document.getElementById("script-snippet").textContent =
    `<script type="module" src="${loader}"${chosen.map(attribute("data-")).join("")}></script>`;
}

// One checkbox per built-in role, for the `roles` attribute.
async function listRoles() {
  const { roles } = await (await fetch("roles.json")).json();
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

form.addEventListener("input", (event) => {
  if (event.target.name === "accent-picker") form.elements.accent.value = event.target.value;
  update();
});
form.addEventListener("submit", (event) => event.preventDefault());
document.getElementById("check").addEventListener("click", check);
for (const button of document.querySelectorAll(".copy")) button.addEventListener("click", copy);
await listRoles();
update();
