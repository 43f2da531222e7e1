// End-to-end: role files from the `src` attribute, and every way fetching them can fail.
import assert from "node:assert/strict";
import { test, useSite, openPage, titles, expectCards, expectMatches, onetRoles } from "./support.mjs";

// The 1,110 O*NET occupations in the widget's format (USDOL/ETA, CC BY 4.0).
const ONET_ROLES = onetRoles();

const GOOD = JSON.stringify([
  { id: "nurse", title: "Nurse", skills: ["Triage"] },
  { id: "coder", title: "Clinical Coder", skills: ["ICD-10"] },
]);
let failuresLeft = 0; // /data/flaky.json fails this many times, then works
let slowRequests = 0; // how often /data/slow.json was asked for
const send = (status, type, body) => (req, res) => res.writeHead(status, { "content-type": type }).end(body);

const routes = {
  "/data/good.json": send(200, "application/json", GOOD),
  "/data/missing.json": send(404, "text/plain", "not found"),
  "/data/broken.json": send(500, "text/plain", "oops"),
  "/data/invalid.json": send(200, "application/json", "[{\"id\": \"a\",}]"),
  "/data/page.json": send(200, "text/html", "<!doctype html><title>Sign in</title>"),
  "/data/never.json": () => {}, // never answers
  "/data/slow.json": (req, res) => {
    slowRequests++;
    setTimeout(() => send(200, "application/json", GOOD)(req, res), 700);
  },
  // Just over the 5 MB limit for role files: valid JSON, padded with spaces.
  "/data/huge.json": send(200, "application/json", `[${" ".repeat(5_000_000)}]`),
  "/data/onet.json": send(200, "application/json", JSON.stringify(ONET_ROLES)),
  "/data/flaky.json": (req, res) =>
    (failuresLeft-- > 0 ? send(503, "text/plain", "busy") : send(200, "application/json", GOOD))(req, res),
};

const env = useSite({ routes });

async function withSource(src, { timeout } = {}) {
  const opened = await openPage(env.browser, `${env.site.blogOrigin}/src.html`);
  const widget = opened.page.locator("#w");
  await expectCards(widget, 2);
  await opened.page.evaluate(([src, timeout]) => {
    const el = document.getElementById("w");
    if (timeout) el.setAttribute("timeout", timeout);
    el.setAttribute("src", src);
  }, [src, timeout]);
  return { ...opened, widget };
}

test("a relative src loads from the host page's origin, and a CORS file from another", async () => {
  const { page, widget, problems, close } = await openPage(env.browser, `${env.site.blogOrigin}/src.html`)
    .then((o) => ({ ...o, widget: o.page.locator("#w") }));
  await expectCards(widget, 2);
  assert.deepEqual(await titles(widget), ["Nurse", "Clinical Coder"]);
  await expectCards(page.locator("#cdn"), 4);
  assert.deepEqual(problems, []);
  await close();
});

const faults = [
  ["a 404", "data/missing.json", /data\/missing\.json was not found \(HTTP 404\)/],
  ["a 500", "data/broken.json", /the server failed to send data\/broken\.json \(HTTP 500\)/],
  ["invalid JSON", "data/invalid.json", /data\/invalid\.json.*the data is not valid JSON \(line 1, column 13: expected a string key/],
  ["an HTML page", "data/page.json", /data\/page\.json sent a web page instead of JSON/],
  ["a network error", "http://127.0.0.1:9/roles.json", /could not be reached/],
  ["a file over the size limit", "data/huge.json", /data\/huge\.json is 5000 KB, over the 5000 KB limit for role files/],
];
for (const [name, src, message] of faults) {
  test(`${name} is named in the widget with a retry button and one console line`, async () => {
    const { widget, problems, close } = await withSource(src);
    const fault = widget.locator(".rx-fault");
    await fault.waitFor();
    assert.match(await fault.textContent(), message);
    assert.equal(await widget.locator(".rx-retry").isVisible(), true);
    const logged = problems.filter((p) => p.startsWith("console.error: role-explorer:"));
    assert.equal(logged.length, 1, problems.join("\n"));
    assert.match(logged[0], message);
    assert.equal(problems.filter((p) => p.startsWith("pageerror")).length, 0);
    await close();
  });
}

test("a file that never answers times out after the timeout attribute, never spinning forever", async () => {
  const { widget, close } = await withSource("data/never.json", { timeout: "1" });
  await widget.locator(".rx-skeleton").waitFor();
  assert.equal(await widget.locator(".rx").getAttribute("aria-busy"), "true");
  const started = Date.now();
  await widget.locator(".rx-fault").waitFor({ timeout: 5_000 });
  assert.ok(Date.now() - started < 4_000);
  assert.match(await widget.locator(".rx-fault").textContent(), /data\/never\.json did not answer within 1 s/);
  assert.equal(await widget.locator(".rx").getAttribute("aria-busy"), null);
  await close();
});

test("RoleExplorer.check names the timeout it was given when a file never answers", async () => {
  const { page, close } = await openPage(env.browser, `${env.site.blogOrigin}/src.html`);
  await expectCards(page.locator("#w"), 2);
  const { errors } = await page.evaluate(() => RoleExplorer.check("data/never.json", 1));
  assert.deepEqual(errors, ["data/never.json did not answer within 1 s"]);
  await close();
});

test("while a file loads, a placeholder keeps the widget's height; then the cards arrive", async () => {
  const { widget, close } = await withSource("data/slow.json");
  await widget.locator(".rx-skeleton").waitFor();
  assert.equal(await widget.locator(".rx-count").textContent(), "Loading roles…");
  const box = await widget.locator(".rx-skeleton").boundingBox();
  assert.ok(box.height > 300, `placeholder is ${box.height}px high`);
  // A setting changed while the file loads fetches nothing twice.
  const before = slowRequests;
  await widget.evaluate((el) => el.setAttribute("theme", "dark"));
  await expectCards(widget, 2);
  assert.equal(slowRequests, before);
  assert.equal(await widget.locator(".rx").getAttribute("data-theme"), "dark");
  await close();
});

test("retry fetches again and shows the roles once the server recovers", async () => {
  failuresLeft = 1;
  const { widget, close } = await withSource("data/flaky.json");
  await widget.locator(".rx-fault").waitFor();
  assert.match(await widget.locator(".rx-fault").textContent(), /HTTP 503/);
  await widget.locator(".rx-retry").click();
  await expectCards(widget, 2);
  assert.deepEqual(await titles(widget), ["Nurse", "Clinical Coder"]);
  await close();
});

test("a role file of 1,110 occupations loads from src and filters", async () => {
  const { widget, problems, close } = await withSource("data/onet.json");
  await expectMatches(widget, 1110);
  await widget.locator("input[type=search]").fill("software quality");
  const text = (r) => `${r.title}\n${r.summary}\n${r.skills[0]}\n${r.codes["O*NET-SOC"]}`.toLowerCase();
  const expected = ONET_ROLES.filter((r) => text(r).includes("software") && text(r).includes("quality"));
  assert.ok(expected.length >= 1);
  await expectMatches(widget, expected.length);
  assert.deepEqual(await titles(widget), expected.map((r) => r.title));
  assert.deepEqual(problems, []);
  await close();
});
