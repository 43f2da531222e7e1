// A small W3C WebDriver client: starts a driver program (chromedriver, geckodriver,
// WebKitWebDriver) or Xvfb as a child process, stopped by its process id, and sends a session's
// commands over HTTP. Nothing here knows about a particular engine.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

// An error the test should turn into a skip: the engine cannot do what the test asks.
export class Unsupported extends Error {}

export class WebDriverError extends Error {
  constructor(command, { error, message }) {
    super(`${command}: ${error}: ${message}`);
    this.code = error;
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A port nothing listens on now (the driver binds it a moment later).
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Each child leads a process group of its own, with the browser it starts: if this process
// ends before a session is closed (an exit, Ctrl-C, the test runner's timeout), the group goes too.
const children = new Set();
const stopAll = () => children.forEach((child) => {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {}
});
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    stopAll();
    process.kill(process.pid, signal);
  });
}

// Starts `command`; `extraFd` adds a pipe at fd 3 (Xvfb writes its display number there).
function launch(command, args, { env, extraFd = false } = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe", ...(extraFd ? ["pipe"] : [])],
    detached: true,
  });
  children.add(child);
  let log = "";
  child.stderr.on("data", (chunk) => { log = (log + chunk).slice(-4000); });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  exited.then(() => children.delete(child));
  return {
    child,
    exited,
    log: () => log,
    // Stops the process by its id and waits for it to go.
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000).then(() => child.kill("SIGKILL"))]);
    },
  };
}

// An X server of its own for browsers that need a display (MiniBrowser has no headless mode).
export async function startXvfb() {
  const xvfb = launch("Xvfb", ["-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], { extraFd: true });
  const display = await new Promise((resolve, reject) => {
    let text = "";
    xvfb.child.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) resolve(`:${text.trim()}`);
    });
    xvfb.exited.then(() => reject(new Error(`Xvfb exited: ${xvfb.log()}`)));
  });
  return { display, stop: xvfb.stop };
}

// Starts a WebDriver server on a free port and waits until it answers.
export async function startDriver(command, args, { env } = {}) {
  const port = await freePort();
  const driver = launch(command, args(port), { env });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (driver.child.exitCode !== null) throw new Error(`${command} exited: ${driver.log()}`);
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {}
    if (tries > 200) throw new Error(`${command} did not start: ${driver.log()}`);
    await sleep(50);
  }
  return { url, stop: driver.stop, log: driver.log };
}

// One WebDriver session: a browser with its windows.
export class Session {
  #last = Promise.resolve();

  static async create(driver, capabilities) {
    const { sessionId, capabilities: granted } = await send(driver.url, "POST", "/session", {
      capabilities: { alwaysMatch: capabilities },
    });
    const session = new Session(driver, sessionId, granted);
    session.home = session.window = await session.get("/window");
    return session;
  }

  constructor(driver, id, capabilities) {
    this.driver = driver;
    this.id = id;
    this.capabilities = capabilities;
    this.window = null; // the handle commands go to
    this.home = null; // the first window, kept open: a session ends with its last window
  }

  get(path) {
    return this.command("GET", path);
  }

  post(path, body = {}) {
    return this.command("POST", path, body);
  }

  command(method, path, body) {
    return send(this.driver.url, method, `/session/${this.id}${path}`, body);
  }

  // Runs `task(session)` after the tasks before it, with `handle` as the current window: the
  // commands of one page (switch window, then act) never interleave with another's.
  inWindow(handle, task) {
    const done = this.#last.then(async () => {
      await this.use(handle);
      return task(this);
    });
    this.#last = done.catch(() => {});
    return done;
  }

  // Makes `handle` the window that later commands go to.
  async use(handle) {
    if (this.window === handle) return;
    await this.post("/window", { handle });
    this.window = handle;
  }

  // Runs a function's source in the current window with JSON arguments, awaiting a promise.
  execute(source, args = []) {
    return this.post("/execute/sync", { script: `return (${source}).apply(null, arguments)`, args });
  }

  async delete() {
    await this.command("DELETE", "").catch(() => {});
  }
}

async function send(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body && JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok || value?.error) throw new WebDriverError(`${method} ${path.replace(/^\/session\/[^/]+/, "")}`, value);
  return value;
}
