/**
 * The production task pane (`dist/web/taskpane.html`, built here) with the real Office.js of
 * `@microsoft/office-js` served in place of the CDN: in Chromium outside Excel, the page boots, its content
 * security policy blocks nothing, nothing is logged as an error, and it shows the "open me in Excel" notice.
 * The CDN's address is answered from the package's dist/ (office.js loads its host and locale scripts from
 * beside itself), so the page keeps its real script tag and its real CSP.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/static-server";

const ROOT = resolve(__dirname, "..", "..");
const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

let output: string;
let server: StaticServer;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  output = mkdtempSync(join(tmpdir(), "bilan-qualite-web-"));
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const build = spawnSync(process.execPath, [webpack, "-c", "webpack.config.js", "--mode", "production", "--output-path", output], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`The production build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveDirectory(output);
  profile = mkdtempSync(join(tmpdir(), "bilan-qualite-e2e-"));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"], locale: "fr-FR" });
  await context.route(`${CDN}**`, async (route) => {
    const file = join(OFFICE_JS_DIST, new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length));
    if (file.startsWith(OFFICE_JS_DIST) && existsSync(file)) await route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    else await route.fulfill({ status: 404, body: "" });
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [output, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the production task pane with the real Office.js, outside Excel", () => {
  it("boots with nothing blocked by its CSP, no console error, and asks to be opened in Excel", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    const officeRequests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (request.url().startsWith(CDN)) officeRequests.push(request.url());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("Excel est nécessaire").waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Ce complément fonctionne dans Excel \(bureau ou web\)/).isVisible()).toBe(true);
    expect(officeRequests).toContain(`${CDN}office.js`);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
