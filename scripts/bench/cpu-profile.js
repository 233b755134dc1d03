"use strict";
/**
 * Where `analyze` spends its time: one child run with the V8 CPU profiler (what `node --cpu-prof` uses)
 * started just around the call, so start-up and module loading stay out; self time summed by function
 * and by part (the .xlsx reader and its libraries vs the engine).
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { runChild } = require("./cli-timing");

/** The part of the program a source file belongs to. */
function partOf(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "node internals";
  if (url.startsWith("node:")) return "node internals";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return `reader lib: ${modules[1]}`;
  const dist = /dist\/(xlsx|domain\/[^/]+|domain|cli|report)\//.exec(url);
  if (dist) return dist[1].startsWith("xlsx") ? "reader: src/xlsx" : `engine: src/${dist[1]}`;
  return "other";
}

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, { node, micros: 0 }]));
  profile.samples.forEach((id, index) => (byId.get(id).micros += profile.timeDeltas[index] ?? 0));
  return [...byId.values()];
}

function summarize(profile, top) {
  const functions = new Map();
  const parts = new Map();
  let total = 0;
  for (const { node, micros } of selfTimes(profile)) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url ? `${url.replace(/^.*?(node_modules\/|dist\/)/, "$1")}:${lineNumber + 1}` : ""}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const part = partOf(url, functionName);
    parts.set(part, (parts.get(part) ?? 0) + micros);
    total += micros;
  }
  const ranked = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, parts: ranked(parts), functions: ranked(functions) };
}

function profileRun(mode, file, distDir, top = 12) {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-profile-")), `${mode}.cpuprofile`);
  const result = runChild(mode, file, distDir, { BENCH_CPU_PROFILE: output });
  if (result.failure || !fs.existsSync(output)) return { failure: result.failure ?? "no profile written" };
  return { file: output, ...summarize(JSON.parse(fs.readFileSync(output, "utf8")), top) };
}

const profileAnalyze = (file, distDir, top) => profileRun("analyze", file, distDir, top);

module.exports = { profileAnalyze, profileRun, summarize };
