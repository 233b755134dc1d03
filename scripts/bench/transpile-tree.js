"use strict";
/**
 * Compiles TypeScript entry files and every relative module they import into CommonJS in a directory,
 * with TypeScript's own transpiler (no type check: `npx tsc --noEmit -p .` does that), keeping the
 * source tree's layout so that relative imports still resolve. Package imports load from node_modules.
 */

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..", "..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ".js"];

function resolveSource(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const extension of ["", ...EXTENSIONS]) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${path.relative(ROOT, fromFile)}`);
}

function relativeRequires(javascript) {
  // A dynamic import() becomes require(/* webpackChunkName: … */ "./module"): the comment is allowed.
  return [...javascript.matchAll(/require\((?:\/\*[^*]*\*\/\s*)?"(\.{1,2}\/[^"]*)"\)/g)].map((match) => match[1]);
}

/** Transpiles the entries and their relative imports into outDir; returns the output path of each entry. */
function transpileTree(entries, outDir) {
  const pending = entries.map((entry) => path.resolve(ROOT, entry));
  const done = new Set();
  while (pending.length > 0) {
    const source = pending.pop();
    if (done.has(source)) continue;
    done.add(source);
    const target = path.join(outDir, path.relative(ROOT, source)).replace(/\.tsx?$/, ".js");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = fs.readFileSync(source, "utf8");
    const output = source.endsWith(".js")
      ? text
      : ts.transpileModule(text, {
          fileName: source,
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true },
        }).outputText;
    fs.writeFileSync(target, output);
    for (const specifier of relativeRequires(output)) pending.push(resolveSource(source, specifier));
  }
  // Package imports (exceljs, fast-check…) resolve from the project's node_modules.
  const link = path.join(outDir, "node_modules");
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(ROOT, "node_modules"), link, "dir");
  return entries.map((entry) => path.join(outDir, entry).replace(/\.tsx?$/, ".js"));
}

module.exports = { transpileTree };
