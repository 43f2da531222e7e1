// Where the widget's time goes: a CPU profile (Chrome DevTools Protocol) of the release widget
// in headless Chromium, with the wasm's function names kept, summed over several inputs.
//
// Run after `make build`:
//   node bench/profile.mjs [load|keys|chips] [ROLES] [TOP]
//     load   the start, cold (a new browser context each time), 6 loads
//     keys   15 search inputs, letter by letter and whole words (the default)
//     chips  20 chip clicks
//   ROLES: 4 (the built-in roles), 1000 (default) or 10000; TOP: rows to print (default 40).
// It prints, per load or input, the time inside each function (self) and inside it and
// everything it called (total), most first. Time stamps come from sampling every 50 µs, so a
// figure under about 0.1 ms is noise. The build here keeps names (`wasm-opt -g`), otherwise
// it is the release build's code; profiling makes everything slower, so compare the figures
// with each other, not with `make bench`.
import { cp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, dirname, delimiter } from "node:path";
import { homedir } from "node:os";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { writeRoles, DATA_DIR } from "./gen-roles.mjs";
import { showEveryChip } from "./facets.mjs";
import { staticServer, origin, launchChromium } from "../tests/e2e/support.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "bench", "out", "profile");
const [what = "keys", roles = "1000", top = "40"] = process.argv.slice(2);
if (!["load", "keys", "chips"].includes(what) || !["4", "1000", "10000"].includes(roles)) {
  throw new Error("usage: node bench/profile.mjs [load|keys|chips] [4|1000|10000] [TOP]");
}

// dist/ with a wasm that keeps its function names (bench/named-wasm.sh), and the role file.
async function namedBuild() {
  if (!existsSync(join(ROOT, "dist", "role-explorer.js"))) throw new Error("run `make build` first");
  await rm(OUT, { recursive: true, force: true });
  await cp(join(ROOT, "dist"), OUT, { recursive: true });
  // The tools scripts/install-tools.sh installs, as the Makefile finds them.
  const PATH = [join(ROOT, "node_modules", ".bin"), join(homedir(), ".cargo", "bin"), process.env.PATH].join(delimiter);
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, PATH } });
  run("bash", [join(ROOT, "bench", "named-wasm.sh"), OUT]);
  if (roles !== "4") {
    writeRoles(Number(roles));
    await cp(join(DATA_DIR, `roles-${roles}.json`), join(OUT, `roles-${roles}.json`));
  }
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="role-explorer.js"></script></head>
<body><role-explorer${roles === "4" ? "" : ` src="roles-${roles}.json"`}></role-explorer></body></html>`;

// Self and total time per function name over a profile, added into `self` and `total`.
function add(profile, self, total) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node) => node.callFrame.functionName || `(${node.callFrame.url.split("/").pop() || "native"})`;
  // Playwright's own scripts (waiting for the cards) are not the widget's time.
  const driver = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { url, functionName } = byId.get(at).callFrame;
      if (/playwright/i.test(url) || functionName === "InjectedScript" || functionName === "UtilityScript") return true;
    }
    return false;
  };
  profile.samples.forEach((id, i) => {
    if (driver(id)) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + ms);
    const seen = new Set(); // a recursive function counts once per sample
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at));
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + ms), seen.add(key);
    }
  });
}

const cardsShown = (page) => page.waitForFunction(() => document.querySelector("role-explorer")?.shadowRoot?.querySelector(".rx-card"), null, { timeout: 60_000 });

async function main() {
  await namedBuild();
  const server = await staticServer(OUT, {
    routes: { "/page": (req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE) },
  });
  const url = `${origin(server)}/page`;
  const browser = await launchChromium();
  const self = new Map();
  const total = new Map();
  const profiled = async (context, page, work) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    await work();
    add((await cdp.send("Profiler.stop")).profile, self, total);
  };
  let count;
  if (what === "load") {
    count = 6;
    for (let i = 0; i < count; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await profiled(context, page, async () => { await page.goto(url); await cardsShown(page); });
      await context.close();
    }
  } else {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await cardsShown(page);
    await showEveryChip(page);
    const inputs = what === "keys"
      ? ["n", "nu", "nur", "nurs", "nurse", "", "engineer", "manager", "teach", "sales", "data", "food", "equipment repair", "", "m"]
      : Array.from({ length: 20 }, (_, i) => i % 5);
    count = inputs.length;
    await profiled(context, page, async () => {
      for (const input of inputs) {
        await page.evaluate((input) => {
          const root = document.querySelector("role-explorer").shadowRoot;
          if (typeof input === "number") return root.querySelectorAll(".rx-chip:not([disabled])")[input].click();
          const box = root.querySelector("input[type=search]");
          box.value = input;
          box.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
        }, input);
        await page.waitForTimeout(50); // each input's work, then quiet
      }
    });
    await context.close();
  }
  await browser.close();
  server.close();
  const rows = (map) => [...map].filter(([key]) => !/^\((idle|program|root)\)$/.test(key))
    .sort((a, b) => b[1] - a[1]).slice(0, Number(top))
    .map(([key, ms]) => `${(ms / count).toFixed(2).padStart(8)} ms  ${key.replace(/::h[0-9a-f]{16}/g, "").slice(0, 150)}`);
  const unit = what === "load" ? "load" : "input";
  console.log(`${what}, ${roles} roles: ms per ${unit} (${count} ${unit}s), total (with what it calls)\n${rows(total).join("\n")}`);
  console.log(`\nself (the function's own code)\n${rows(self).join("\n")}`);
}

await main();
