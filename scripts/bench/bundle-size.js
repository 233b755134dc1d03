"use strict";
/**
 * The task pane's production JavaScript, gzipped (`npm run build` output under dist/web/), beside a bare
 * one-button Fluent UI v9 pane built in the same run with the same loader: the initial JavaScript (the scripts
 * taskpane.html loads itself, before the first paint) and the total (with every chunk fetched when first used).
 * `node scripts/bench/bundle-size.js` measures only this and prints both against the target.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..", "..");
/** Issue 15: the pane's JavaScript loaded before the first paint, gzip. */
const INITIAL_TARGET_GZIP_KIB = 110;

function javascriptFiles(directory) {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return javascriptFiles(full);
    return /\.(m?js)$/.test(entry.name) ? [full] : [];
  });
}

/** The local scripts an HTML page loads by itself (`<script src>`, quoted or not; office.js from Microsoft left out). */
function scriptsOf(htmlFile) {
  if (!fs.existsSync(htmlFile)) return [];
  const html = fs.readFileSync(htmlFile, "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  return sources.filter((src) => !/^[a-z]+:\/\//i.test(src)).map((src) => path.join(path.dirname(htmlFile), src));
}

/** Gzip at level 9 of each file, summed, in KiB; raw size beside it. */
function gzipOf(files) {
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(file);
    rawBytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, rawKiB: rawBytes / 1024, gzipKiB: gzipBytes / 1024 };
}

/** All the .js of a build, and (when it has one) what its page loads before the first paint. */
function gzipKiB(directory, page = "taskpane.html") {
  const files = javascriptFiles(directory);
  if (files.length === 0) return null;
  const initialFiles = scriptsOf(path.join(directory, page));
  const initial = initialFiles.length > 0 ? gzipOf(initialFiles) : null;
  return {
    ...gzipOf(files),
    initialFiles: initial?.files ?? null,
    initialGzipKiB: initial?.gzipKiB ?? null,
    initialRawKiB: initial?.rawKiB ?? null,
  };
}

/** webpack's "ERROR in …" lines and the line after each, else the last lines of the output. */
function firstErrors(output) {
  const lines = output.split("\n").map((line) => line.trim());
  const errors = lines.flatMap((line, index) => (line.startsWith("ERROR") ? [line, lines[index + 1] ?? ""] : []));
  return (errors.length > 0 ? errors.slice(0, 6) : lines.filter(Boolean).slice(-6)).join(" | ");
}

function run(command, args) {
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const failure = child.status === 0 ? null : `${path.basename(command)} ${args.slice(0, 2).join(" ")} a échoué : ${firstErrors(`${child.stdout}\n${child.stderr}`)}`;
  return { failure, seconds: (Date.now() - started) / 1000 };
}

function webpack(configFile, outDir) {
  return run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--config", configFile, "--env", `outDir=${outDir}`]);
}

/** `npm run build`; if it fails, the same configuration with the `scheduler` alias, into a temporary directory. */
function measurePane() {
  const build = run("npm", ["run", "build", "--silent"]);
  if (!build.failure) return { ...gzipKiB(path.join(ROOT, "dist", "web")), buildSeconds: build.seconds, measuredWith: "npm run build" };
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-pane-"));
  const fallback = webpack(path.join(__dirname, "pane", "webpack.config.js"), outDir);
  if (fallback.failure) return { failure: `${build.failure} ; repli : ${fallback.failure}` };
  return {
    ...gzipKiB(outDir),
    buildSeconds: fallback.seconds,
    measuredWith: "webpack.config.js + scheduler alias (npm run build failed)",
    buildFailure: build.failure,
  };
}

function measureBundles() {
  const baselineDir = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-baseline-"));
  const baseline = webpack(path.join(__dirname, "baseline", "webpack.config.js"), baselineDir);
  return {
    pane: measurePane(),
    baseline: baseline.failure ? { failure: baseline.failure } : { ...gzipKiB(baselineDir), buildSeconds: baseline.seconds },
  };
}

function printBundles({ pane, baseline }) {
  const NBSP = "\u00a0";
  const kib = (value) => (value == null ? "—" : `${value.toFixed(1).replace(".", ",")}${NBSP}Kio`);
  if (pane.failure) console.log(`Volet${NBSP}: mesure impossible${NBSP}: ${pane.failure}`);
  else {
    const met = pane.initialGzipKiB <= INITIAL_TARGET_GZIP_KIB ? "atteinte" : "MANQUÉE";
    console.log(`Avant le premier affichage${NBSP}: ${kib(pane.initialGzipKiB)} gzip (cible ≤${NBSP}${kib(INITIAL_TARGET_GZIP_KIB)}${NBSP}: ${met})`);
    console.log(`En tout${NBSP}: ${kib(pane.gzipKiB)} gzip en ${pane.files} fichiers (construit par ${pane.measuredWith})`);
  }
  console.log(`Volet nu, un bouton Fluent UI v9${NBSP}: ${baseline.failure ? baseline.failure : kib(baseline.gzipKiB)}`);
}

if (require.main === module) printBundles(measureBundles());

module.exports = { measureBundles, gzipKiB, scriptsOf, INITIAL_TARGET_GZIP_KIB };
