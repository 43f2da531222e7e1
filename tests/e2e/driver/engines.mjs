// The three engines behind one interface: session(options), the WebDriver session for a page's
// launch options; preparePage(session, viewport), for a new window; emulate(session, media), for
// media features and JavaScript. What an engine cannot do throws Unsupported, with the reason.
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Session, Unsupported, sleep, startDriver, startXvfb } from "./webdriver.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];

const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

// Sets the window's outer size so that the viewport is `size` (engines without an emulated one).
// The page learns its new size a moment after the window has it.
async function sizeWindow(session, engine, { width, height }) {
  let outer = { width, height };
  for (let tries = 0; tries < 10; tries++) {
    const got = await session.post("/window/rect", outer);
    if (got.width > outer.width) {
      throw new Unsupported(`${engine}'s windows cannot be narrower than ${got.width - outer.width + width} px (${width} px asked)`);
    }
    await sleep(50);
    const [innerWidth, innerHeight] = await session.execute("() => [innerWidth, innerHeight]");
    if (innerWidth === width && innerHeight === height) return;
    outer = { width: got.width + width - innerWidth, height: got.height + height - innerHeight };
  }
  throw new Error(`${engine}: could not size the viewport to ${width}x${height}`);
}

// Starts a driver program and opens a session of it; session.close() ends both.
async function openSession(command, args, capabilities, env) {
  const driver = await startDriver(command, args, { env });
  const session = await Session.create(driver, capabilities);
  session.close = async () => {
    await session.delete();
    await driver.stop();
  };
  return session;
}

// An engine whose pages all live in one session, started at the first page.
class OneSession {
  #session;

  session() {
    this.#session ??= this.start();
    return this.#session;
  }

  async close() {
    await (await this.#session)?.close();
  }
}

const cdp = (session, cmd, params) => session.post("/goog/cdp/execute", { cmd, params });

// Debian's Chromium through chromedriver; emulation through the DevTools protocol.
class Chromium extends OneSession {
  name = "chromium";

  start() {
    return openSession(process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver", (port) => [`--port=${port}`], {
      "goog:chromeOptions": { binary: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS },
    });
  }

  // Every page acts as the focused window (as in Playwright), so that :focus-visible and focus
  // events do not depend on which window the driver created last.
  async preparePage(session, { width, height }) {
    await cdp(session, "Emulation.setFocusEmulationEnabled", { enabled: true });
    await cdp(session, "Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false });
  }

  async emulate(session, { media, colorScheme, reducedMotion, javaScriptEnabled = true }) {
    await cdp(session, "Emulation.setEmulatedMedia", {
      media: media ?? "",
      features: [
        { name: "prefers-color-scheme", value: colorScheme ?? "" },
        { name: "prefers-reduced-motion", value: reducedMotion ?? "" },
      ],
    });
    if (!javaScriptEnabled) await cdp(session, "Emulation.setScriptExecutionDisabled", { value: true });
  }
}

// Firefox ESR through geckodriver, headless. Media features and JavaScript are set on the page's
// browsing context from Firefox's privileged side (geckodriver --allow-system-access); that uses
// a module of Firefox's remote agent (NavigableManager, as in ESR 153) to find the page's context.
class Firefox extends OneSession {
  name = "firefox";

  start() {
    return openSession(process.env.GECKODRIVER ?? "geckodriver", (port) => [`--port=${port}`, "--allow-system-access"], {
      browserName: "firefox",
      "moz:firefoxOptions": { binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr", args: ["-headless"] },
    });
  }

  // Firefox's own toolbars keep its windows at least 500 px wide: the window drops that minimum.
  async preparePage(session, size) {
    await this.#privileged(session, () => { document.documentElement.style.minWidth = "0px"; });
    await sizeWindow(session, this.name, size);
  }

  // Runs a function in the window's privileged (chrome) scope.
  async #privileged(session, source, args) {
    await session.post("/moz/context", { context: "chrome" });
    try {
      return await session.execute(source, args);
    } finally {
      await session.post("/moz/context", { context: "content" });
    }
  }

  emulate(session, { media, colorScheme, reducedMotion, javaScriptEnabled = true }) {
    return this.#privileged(session, `(handle, media, colorScheme, reducedMotion, javaScriptEnabled) => {
        const { NavigableManager } = ChromeUtils.importESModule("chrome://remote/content/shared/NavigableManager.sys.mjs");
        const context = NavigableManager.getBrowserById(handle).browsingContext;
        context.mediumOverride = media ?? "";
        context.prefersColorSchemeOverride = colorScheme ?? "none";
        context.prefersReducedMotionOverride = reducedMotion ?? "none";
        context.allowJavascript = javaScriptEnabled;
      }`, [session.window, media, colorScheme, reducedMotion, javaScriptEnabled]);
  }
}

// WebKitGTK's MiniBrowser through WebKitWebDriver, in an Xvfb of its own. WebDriver cannot change
// its media features, so each set of them (dark mode, reduced motion, JavaScript off) is a
// MiniBrowser started with the matching options, and a page cannot change them later.
class WebKit {
  name = "webkit";
  #xvfb;
  #sessions = new Map(); // launch options as JSON -> Promise<Session>

  static BROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

  #options({ colorScheme = "light", reducedMotion = "no-preference", javaScriptEnabled = true }) {
    return { colorScheme, reducedMotion, javaScriptEnabled };
  }

  session(options) {
    const wanted = this.#options(options);
    const key = JSON.stringify(wanted);
    if (!this.#sessions.has(key)) this.#sessions.set(key, this.#start(wanted));
    return this.#sessions.get(key);
  }

  async #start({ colorScheme, reducedMotion, javaScriptEnabled }) {
    this.#xvfb ??= startXvfb();
    const { display } = await this.#xvfb;
    // GTK reads gtk-enable-animations from here; WebKitGTK answers prefers-reduced-motion with it.
    const config = await mkdtemp(join(tmpdir(), "e2e-webkit-"));
    await mkdir(join(config, "gtk-3.0"));
    await writeFile(join(config, "gtk-3.0", "settings.ini"),
      `[Settings]\ngtk-enable-animations=${reducedMotion === "reduce" ? "false" : "true"}\n`);
    const args = ["--automation", ...(colorScheme === "dark" ? ["--dark-mode"] : []),
      ...(javaScriptEnabled ? [] : ["--enable-javascript=false"])];
    const session = await openSession(process.env.WEBKIT_WEBDRIVER ?? "/usr/bin/WebKitWebDriver", (port) => [`--port=${port}`], {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: process.env.MINIBROWSER ?? WebKit.BROWSER, args },
    }, { DISPLAY: display, XDG_CONFIG_HOME: config });
    session.launched = { colorScheme, reducedMotion, javaScriptEnabled };
    const close = session.close;
    session.close = async () => {
      await close();
      await rm(config, { recursive: true, force: true });
    };
    return session;
  }

  preparePage(session, size) {
    return sizeWindow(session, this.name, size);
  }

  // Only what the session was started with.
  async emulate(session, { media = "screen", ...wanted }) {
    const launched = session.launched;
    const differs = Object.entries(this.#options(wanted)).filter(([name, value]) => launched[name] !== value);
    if (media !== "screen") differs.unshift(["media", media]);
    if (differs.length) {
      throw new Unsupported(`WebKitWebDriver cannot emulate ${differs.map(([n, v]) => `${n}=${v}`).join(", ")} in a running page`);
    }
  }

  async close() {
    for (const session of await Promise.all(this.#sessions.values())) await session.close();
    await (await this.#xvfb)?.stop();
  }
}

export function engine(name) {
  const engines = { chromium: Chromium, firefox: Firefox, webkit: WebKit };
  if (!engines[name]) throw new Error(`unknown engine ${name}: use ${ENGINES.join(", ")}`);
  return new engines[name]();
}
