"use strict";
/**
 * The task pane's production JavaScript, gzipped (`npm run build` output under dist/web/), beside a bare
 * one-button Fluent UI v9 pane built in the same run with the same loader.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..", "..");

function javascriptFiles(directory) {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return javascriptFiles(full);
    return /\.(m?js)$/.test(entry.name) ? [full] : [];
  });
}

/** Gzip at level 9 of each .js file, summed, in KiB; raw size beside it. */
function gzipKiB(directory) {
  const files = javascriptFiles(directory);
  if (files.length === 0) return null;
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(file);
    rawBytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, rawKiB: rawBytes / 1024, gzipKiB: gzipBytes / 1024 };
}

function run(command, args) {
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const failure = child.status === 0 ? null : `${command} ${args.join(" ")} failed: ${(child.stderr || child.stdout).trim().split("\n").slice(-8).join(" | ")}`;
  return { failure, seconds: (Date.now() - started) / 1000 };
}

function measureBundles() {
  const pane = run("npm", ["run", "build", "--silent"]);
  const baselineDir = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-baseline-"));
  const baseline = run(process.execPath, [
    require.resolve("webpack-cli/bin/cli.js"),
    "--config",
    path.join(__dirname, "baseline", "webpack.config.js"),
    "--env",
    `outDir=${baselineDir}`,
  ]);
  return {
    pane: pane.failure ? { failure: pane.failure } : { ...gzipKiB(path.join(ROOT, "dist", "web")), buildSeconds: pane.seconds },
    baseline: baseline.failure ? { failure: baseline.failure } : { ...gzipKiB(baselineDir), buildSeconds: baseline.seconds },
  };
}

module.exports = { measureBundles, gzipKiB };
