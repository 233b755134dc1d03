/**
 * Issue 8, point 5 — least privilege and no network: the production task pane (webpack, production mode)
 * names no URL but Office's script host and relative ones, and its page carries a Content-Security-Policy
 * that allows nothing else. The bundle is built into a temporary folder (so a shared dist/web/ is never
 * clobbered), unless dist/web/ is newer than every source it is built from.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
const SHARED_OUTPUT = path.join(ROOT, "dist", "web");
const OFFICE_HOST = "https://appsforoffice.microsoft.com";

/**
 * Strings that look like URLs in the bundle but are never requested, each allowed by its exact text:
 * the namespace URIs React DOM compares element namespaces with, and the page React names in the text
 * of its minified production errors.
 */
const NEVER_REQUESTED = new Set([
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/XML/1998/namespace",
  "https://reactjs.org/docs/error-decoder.html?invariant=",
]);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? (entry.name === "node_modules" ? [] : filesUnder(full)) : [full];
  });
}

/** dist/web/ is reusable when its page is newer than every file the bundle is built from. */
function sharedOutputIsFresh(): boolean {
  const page = path.join(SHARED_OUTPUT, "taskpane.html");
  if (!existsSync(page)) return false;
  const built = statSync(page).mtimeMs;
  const sources = [...filesUnder(path.join(ROOT, "src")), ...["webpack.config.js", "package.json", "package-lock.json", "tsconfig.json"].map((name) => path.join(ROOT, name))];
  return sources.filter(existsSync).every((file) => statSync(file).mtimeMs < built);
}

/** Every scheme://… or protocol-relative //host… in a text. */
function urlsIn(text: string): string[] {
  const absolute = text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>)\\;,]*/gi) ?? [];
  const protocolRelative = (text.match(/["'`(]\/\/[a-z0-9-]+(\.[a-z0-9-]+)+[^\s"'`<>)\\]*/gi) ?? []).map((match) => match.slice(1));
  return [...absolute, ...protocolRelative];
}

const allowed = (url: string): boolean => url === OFFICE_HOST || url.startsWith(`${OFFICE_HOST}/`) || NEVER_REQUESTED.has(url);

describe("the production task pane makes no request beyond its origin and Office's script", () => {
  let output: string;
  let temporary: string | null = null;

  beforeAll(() => {
    if (sharedOutputIsFresh()) {
      output = SHARED_OUTPUT;
      return;
    }
    temporary = mkdtempSync(path.join(os.tmpdir(), "bq-web-"));
    output = temporary;
    const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    execFileSync(process.execPath, [webpack, "--mode", "production", "--output-path", output], { cwd: ROOT, stdio: "pipe", timeout: 85_000 });
  }, 90_000);

  afterAll(() => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  });

  const emitted = () => filesUnder(output).filter((file) => /\.(js|html)$/.test(file));
  const page = (name: string) => readFileSync(path.join(output, name), "utf8");

  it("emits the pane's page and script", () => {
    expect(emitted().map((file) => path.basename(file))).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/)]));
  });

  it("names no URL but Office's script host in any emitted .js or .html (namespaces and React's error page excepted by exact text)", () => {
    const found = emitted().flatMap((file) => urlsIn(readFileSync(file, "utf8")).map((url) => `${path.basename(file)}: ${url}`));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((entry) => !allowed(entry.slice(entry.indexOf(": ") + 2)))).toEqual([]);
  });

  it("loads Office's script as the page's only script from elsewhere, and no inline script", () => {
    const html = page("taskpane.html");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.every(([, , body]) => body.trim() === "")).toBe(true);
    const sources = scripts.map(([, attributes]) => /\bsrc=["']?([^"'\s>]+)/.exec(attributes)?.[1] ?? "");
    expect(sources.filter((source) => /^(https?:)?\/\//.test(source))).toEqual([`${OFFICE_HOST}/lib/1/hosted/office.js`]);
  });

  it.each([["taskpane.html"], ["commands.html"]])("gives %s a Content-Security-Policy that allows only its origin and Office's host", (name) => {
    const html = page(name);
    const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
    expect(meta).toBeDefined();
    const policy = /content="([^"]*)"/i.exec(meta as string)?.[1] ?? "";
    const directives = new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([directive, ...values]) => [directive, values]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src") ?? ["'self'"]).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", OFFICE_HOST]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  });
});
