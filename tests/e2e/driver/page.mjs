// The part of Playwright's API the end-to-end tests use (Page, Locator, keyboard), over a W3C
// WebDriver session, the same for every engine. Elements are found in the page by each command
// (no element references are kept), clicks and keys are real input (WebDriver actions), and what
// an engine cannot do raises Unsupported, which the test runner reports as a skip.
// One file, and long, because it is one API (the tests read it as Playwright's Page): its
// classes call each other's WebDriver commands throughout.
import { readFile } from "node:fs/promises";
import { willNavigate } from "./harness.mjs";
import { sleep } from "./webdriver.mjs";

const TIMEOUT = 30_000; // Playwright's default for actions and waits
const POLL = 25;

// Repeats `attempt` until it gives something other than undefined, or throws after `timeout` ms
// with `what` and the last reason `attempt` reported through `why`.
async function poll(what, timeout, attempt) {
  const deadline = Date.now() + timeout;
  let reason = "";
  for (;;) {
    const result = await attempt((why) => { reason = why; });
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${reason && `: ${reason}`}`);
    await sleep(POLL);
  }
}

// WebDriver key codes for Playwright's key names; other keys are their own character.
const KEYS = {
  Enter: "\uE007", Tab: "\uE004", Space: " ", Backspace: "\uE003", Delete: "\uE017", Escape: "\uE00C",
  ArrowLeft: "\uE012", ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015", Home: "\uE011", End: "\uE010",
  PageUp: "\uE00E", PageDown: "\uE00F", Shift: "\uE008", Control: "\uE009", Alt: "\uE00A", Meta: "\uE03D",
};
const keyOf = (name) => {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`unknown key ${name}`);
};

export class Browser {
  constructor(engine) {
    this.engine = engine;
    this.pages = new Set();
  }

  get name() {
    return this.engine.name;
  }

  // A page in a window of its own. Options as Playwright's context options: viewport,
  // colorScheme, reducedMotion, javaScriptEnabled.
  async newPage({ viewport = { width: 1280, height: 720 }, ...media } = {}) {
    const session = await this.engine.session(media);
    const { handle } = await session.inWindow(session.home, () => session.post("/window/new", { type: "window" }));
    const page = new Page(this, session, handle);
    this.pages.add(page);
    await session.inWindow(handle, () => this.engine.preparePage(session, viewport));
    await page.emulateMedia(media);
    return page;
  }

  // Closes the pages a test left open.
  async closePages() {
    await Promise.all([...this.pages].map((page) => page.close()));
  }

  async close() {
    await this.engine.close();
  }
}

export class Page {
  #listeners = { console: [], pageerror: [] };
  #media = {};

  constructor(browser, session, handle) {
    this.browser = browser;
    this.session = session;
    this.handle = handle;
    this.initScripts = [];
    this.keyboard = {
      press: (key) => this.#keys(key.split("+").map(keyOf), true),
      type: (text) => this.#keys([...text], false),
    };
    this.mouse = { click: (x, y) => this.#click(x, y) };
  }

  // Runs `fn(kit, ...args)` in the page, then hands what the console said meanwhile to the
  // listeners. `kit` is the page-side helpers below. An undefined result stays undefined (WebDriver
  // sends undefined as null: a value travels as [value], undefined as []).
  async run(fn, ...args) {
    const script = `async function (...args) {
      const kit = (${kit})();
      const value = await (${fn})(kit, ...args);
      return [value === undefined ? [] : [value], window.__e2e?.log.splice(0) ?? []];
    }`;
    const [[value], log] = await this.#send((session) => session.execute(script, args));
    for (const entry of log) {
      if (entry.kind === "pageerror") this.#emit("pageerror", new Error(entry.message));
      else this.#emit("console", { type: () => entry.type, text: () => entry.text });
    }
    return value;
  }

  // Sends commands to this page's window.
  #send(task) {
    return this.session.inWindow(this.handle, task);
  }

  #emit(event, value) {
    for (const listener of this.#listeners[event]) listener(value);
  }

  on(event, listener) {
    if (!this.#listeners[event]) throw new Error(`the driver has no "${event}" event`);
    this.#listeners[event].push(listener);
  }

  // Resolves with the first `event` that `predicate` accepts (the page is read every POLL ms).
  async waitForEvent(event, { predicate = () => true, timeout = TIMEOUT } = {}) {
    let found;
    const listener = (value) => { if (found === undefined && predicate(value)) found = value; };
    this.on(event, listener);
    try {
      return await poll(`a ${event} event`, timeout, async () => {
        await this.run(() => null);
        return found;
      });
    } finally {
      this.#listeners[event] = this.#listeners[event].filter((l) => l !== listener);
    }
  }

  evaluate(fn, arg) {
    return this.run(`(kit, arg) => (${fn})(arg)`, arg);
  }

  waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    return poll(`${fn}`, timeout, async () => (await this.evaluate(fn, arg)) || undefined);
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  waitForLoadState() {
    return this.waitForFunction(() => document.readyState === "complete");
  }

  // Navigation: what the page said before it goes is read first; then the next document gets
  // this page's init scripts.
  async #navigate(path, body) {
    await this.run(() => null).catch(() => {});
    await this.#send((session) => {
      willNavigate(this);
      return session.post(path, body);
    });
  }

  goto(url) {
    return this.#navigate("/url", { url });
  }

  reload() {
    return this.#navigate("/refresh");
  }

  goBack() {
    return this.#navigate("/back");
  }

  // Runs `fn(arg)` before the page's own scripts in every document this page loads next.
  async addInitScript(fn, arg) {
    this.initScripts.push(`(${fn})(${JSON.stringify(arg) ?? ""});`);
  }

  async addScriptTag({ path }) {
    const source = await readFile(path, "utf8");
    await this.evaluate((source) => {
      const script = document.createElement("script");
      script.textContent = source;
      document.head.append(script);
    }, source);
  }

  // Media features as Playwright's emulateMedia: media ("screen", "print"), colorScheme,
  // reducedMotion; a value left out keeps its current one.
  async emulateMedia(changes) {
    const wanted = { ...this.#media, ...changes };
    await this.#send((session) => this.browser.engine.emulate(session, wanted));
    this.#media = wanted;
  }

  locator(css, options) {
    return new Locator(this, []).locator(css, options);
  }

  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  // Presses `keys` together (a chord such as Control+a) or one after another.
  async #keys(keys, chord) {
    const strokes = chord
      ? [...keys.map((value) => ({ type: "keyDown", value })), ...keys.reverse().map((value) => ({ type: "keyUp", value }))]
      : keys.flatMap((value) => [{ type: "keyDown", value }, { type: "keyUp", value }]);
    await this.#send((session) => session.post("/actions", { actions: [{ type: "key", id: "keyboard", actions: strokes }] }));
    await this.run(() => null); // what the keys made the page say
  }

  // A real mouse click at a point of the viewport.
  async #click(x, y) {
    const pointer = {
      type: "pointer", id: "mouse", parameters: { pointerType: "mouse" },
      actions: [
        { type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport" },
        { type: "pointerDown", button: 0 },
        { type: "pointerUp", button: 0 },
      ],
    };
    await this.#send(async (session) => {
      await session.post("/actions", { actions: [pointer] });
      await session.command("DELETE", "/actions");
    });
  }

  async close() {
    if (!this.browser.pages.delete(this)) return;
    await this.#send(async (session) => {
      await session.command("DELETE", "/window");
      session.window = null;
      await session.use(session.home);
    });
  }
}

// A lazy description of elements, resolved in the page by every call: CSS selectors that pierce
// open shadow roots, optionally filtered by text, then a position.
export class Locator {
  constructor(page, steps) {
    this._page = page;
    this.steps = steps;
  }

  page() {
    return this._page;
  }

  locator(css, { hasText } = {}) {
    return new Locator(this._page, [...this.steps, { css, hasText }]);
  }

  getByRole(role, { name } = {}) {
    return new Locator(this._page, [...this.steps, { role, name }]);
  }

  nth(index) {
    return new Locator(this._page, [...this.steps, { nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  count() {
    return this._page.run((kit, steps) => kit.find(steps).length, this.steps);
  }

  async all() {
    return Array.from({ length: await this.count() }, (_, i) => this.nth(i));
  }

  // Runs `op(element, arg, kit)` (its source goes into the page's script) on the one element this
  // locator selects, waiting until there is one; more than one is an error (Playwright's
  // strictness). `op` answers undefined to be retried.
  #one(op, arg, { timeout = TIMEOUT, what = "the element" } = {}) {
    const once = `async (kit, steps, arg) => {
      const found = kit.find(steps);
      if (found.length > 1) return { strict: found.length };
      if (!found.length) return { wait: "no element matches" };
      const value = await (${op})(found[0], arg, kit);
      return value === undefined ? { wait: kit.reason } : { value };
    }`;
    return poll(`${what} ${this}`, timeout, async (why) => {
      const result = await this._page.run(once, this.steps, arg);
      if (result.strict) throw new Error(`${this} matches ${result.strict} elements where one was expected`);
      if (result.wait) return why(result.wait);
      return result.value;
    });
  }

  evaluate(fn, arg) {
    return this.#one(`async (el, arg) => [await (${fn})(el, arg)].filter((v) => v !== undefined)`, arg).then(([v]) => v);
  }

  evaluateAll(fn, arg) {
    return this._page.run(`(kit, steps, arg) => (${fn})(kit.find(steps), arg)`, this.steps, arg);
  }

  // Waits until fn(element, arg) is truthy (not in Playwright: the helpers in support.mjs use it).
  waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    return this.#one(`(el, arg) => (${fn})(el, arg) || undefined`, arg, { timeout, what: `${fn} on` });
  }

  textContent() {
    return this.#one((el) => el.textContent);
  }

  async allTextContents() {
    return this.evaluateAll((els) => els.map((el) => el.textContent));
  }

  getAttribute(name) {
    return this.#one((el, name) => [el.getAttribute(name)], name).then(([value]) => value);
  }

  inputValue() {
    return this.#one((el) => el.value);
  }

  isDisabled() {
    return this.#one((el) => el.matches(":disabled"));
  }

  // Playwright: no element is not visible; it does not wait.
  async isVisible() {
    const shown = await this._page.run((kit, steps) => kit.find(steps).map(kit.visible), this.steps);
    if (shown.length > 1) throw new Error(`${this} matches ${shown.length} elements where one was expected`);
    return shown[0] ?? false;
  }

  boundingBox() {
    return this.#one((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    });
  }

  async waitFor({ state = "visible", timeout = TIMEOUT } = {}) {
    await poll(`${this} to be ${state}`, timeout, async () => {
      const shown = await this._page.run((kit, steps) => kit.find(steps).map(kit.visible), this.steps);
      if (shown.length > 1 && state !== "detached") throw new Error(`${this} matches ${shown.length} elements where one was expected`);
      const ok = { attached: shown.length === 1, detached: shown.length === 0, visible: shown[0] === true, hidden: !shown[0] }[state];
      return ok || undefined;
    });
  }

  focus() {
    return this.#one((el) => { el.focus(); return true; });
  }

  // A real click at the element's centre, once it is visible, enabled, still, scrolled into view
  // and the topmost element there.
  async click() {
    const { x, y } = await this.#one((el, arg, kit) => kit.clickPoint(el), undefined, { what: "a clickable" });
    await this._page.mouse.click(x, y);
    await this._page.run(() => null);
  }

  async check() {
    if (!(await this.#one((el) => el.checked))) await this.click();
    if (!(await this.#one((el) => el.checked))) throw new Error(`${this} did not become checked`);
  }

  // Text fields are filled by selecting their text and typing (real keys); controls without
  // text (colour, date, range) get the value and the input and change events, as in Playwright.
  async fill(text) {
    const typed = await this.#one((el, text) => {
      if (el.matches("input[type=color], input[type=date], input[type=time], input[type=range]")) {
        el.value = text;
        el.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
        return false;
      }
      el.focus();
      el.select();
      return el.value !== "" || text !== "";
    }, text, { what: "an editable" });
    if (!typed) return;
    await (text === "" ? this._page.keyboard.press("Backspace") : this._page.keyboard.type(text));
  }

  async press(key) {
    await this.focus();
    await this._page.keyboard.press(key);
  }

  async type(text) {
    await this.focus();
    await this._page.keyboard.type(text);
  }

  // As Playwright: the option with this value (or label) is chosen, with input and change events.
  selectOption(value) {
    return this.#one((el, value) => {
      const option = [...el.options].find((o) => o.value === value) ?? [...el.options].find((o) => o.label === value);
      if (!option) return undefined;
      el.value = option.value;
      el.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
      return [option.value];
    }, value, { what: `an option "${value}" in` });
  }

  toString() {
    return this.steps.map((s) => ("nth" in s ? `nth=${s.nth}` : s.role ? `role=${s.role}[name=${s.name}]`
      : s.hasText ? `${s.css} >> has-text="${s.hasText}"` : s.css)).join(" >> ");
  }
}

// The page-side helpers every command gets as `kit` (serialised into each script: the page
// keeps nothing of the driver's between commands).
function kit() {
  // Every element below `node`, in order, through open shadow roots (shadow content first).
  const below = (node, out = []) => {
    for (const child of [...(node.shadowRoot?.children ?? []), ...node.children]) {
      out.push(child);
      below(child, out);
    }
    return out;
  };
  const parentOf = (el) => (el.parentNode instanceof ShadowRoot ? el.parentNode.host : el.parentElement);
  // "a > b c" is ["a > b", "c"]: split at descendant combinators outside brackets and quotes.
  const split = (css) => {
    const parts = [""];
    let depth = 0;
    let quote = null;
    for (const [i, c] of [...css].entries()) {
      if (quote) quote = c === quote ? null : quote;
      else if (c === '"' || c === "'") quote = c;
      else if ("[(".includes(c)) depth++;
      else if ("])".includes(c)) depth--;
      if (!quote && !depth && /\s/.test(c)) {
        const [before, after] = [css.slice(0, i).trimEnd().at(-1), css.slice(i).trimStart()[0]];
        if (!">+~".includes(before) && !">+~".includes(after) && parts.at(-1) !== "") {
          parts.push("");
          continue;
        }
      }
      parts[parts.length - 1] += c;
    }
    return parts.map((p) => p.trim()).filter(Boolean);
  };
  // A descendant combinator matches across shadow boundaries, as in Playwright's CSS engine.
  const matches = (el, parts) => {
    if (!el.matches(parts.at(-1))) return false;
    if (parts.length === 1) return true;
    for (let up = parentOf(el); up; up = parentOf(up)) if (matches(up, parts.slice(0, -1))) return true;
    return false;
  };
  const normal = (text) => text.replace(/\s+/g, " ").trim().toLowerCase();
  const ROLES = {
    button: "button, input[type=button], input[type=submit], input[type=reset], [role=button]",
    checkbox: "input[type=checkbox], [role=checkbox]",
    link: "a[href], [role=link]",
    textbox: "input:not([type]), input[type=text], input[type=search], input[type=email], textarea, [role=textbox]",
    combobox: "select, [role=combobox]",
  };
  const accessibleName = (el) => el.getAttribute("aria-label")
    ?? [...(el.labels ?? [])].map((l) => l.textContent).join(" ")
    ?? "";
  const nameOf = (el) => normal(accessibleName(el) || (el.matches("button, a, [role=button]") ? el.textContent : ""));
  const select = (scope, step) => {
    if (step.role) {
      return below(scope).filter((el) => el.matches(ROLES[step.role] ?? `[role=${step.role}]`)
        && (step.name === undefined || nameOf(el).includes(normal(step.name))));
    }
    // `:scope` means the locator's element; such a selector stays in its tree.
    const found = step.css.includes(":scope") ? [...scope.querySelectorAll(step.css)]
      : below(scope).filter((el) => matches(el, split(step.css)));
    return step.hasText === undefined ? found : found.filter((el) => normal(el.textContent).includes(normal(step.hasText)));
  };
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  };
  const self = {
    reason: "",
    find(steps) {
      let found = [document];
      for (const step of steps) {
        if ("nth" in step) {
          const one = found.at(step.nth);
          found = one ? [one] : [];
          continue;
        }
        const union = new Set(found.flatMap((scope) => select(scope, step)));
        found = union.size > 1 ? below(document).filter((el) => union.has(el)) : [...union];
      }
      return found;
    },
    visible,
    // The viewport point to click `el` at, or undefined (with kit.reason) until it can be.
    async clickPoint(el) {
      const wait = (reason) => { self.reason = reason; };
      if (!visible(el)) return wait("not visible");
      if (el.matches(":disabled")) return wait("disabled");
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
        el.scrollIntoView({ block: "center", inline: "center" });
      }
      const before = el.getBoundingClientRect();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const after = el.getBoundingClientRect();
      if (["x", "y", "width", "height"].some((k) => before[k] !== after[k])) return wait("moving");
      const [x, y] = [after.x + after.width / 2, after.y + after.height / 2];
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      for (let up = hit; up; up = parentOf(up)) if (up === el) return { x, y };
      return wait(`${hit?.outerHTML.slice(0, 80)} would get the click`);
    },
  };
  return self;
}
