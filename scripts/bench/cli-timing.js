"use strict";
/**
 * The CLI's `analyze` time on a workbook beside the time to merely load it with a bare exceljs load (the
 * denominator stays exceljs's whole-file load, whatever reader `analyze` uses), in fresh child processes,
 * load and analyze alternating, after one warm-up run of each: the ratio is the median of the per-pair ratios (each
 * analyze over the load just before it); the medians of each and their ratio are given beside it.
 */

const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { median } = require("./statistics");

const CHILD = path.join(__dirname, "child", "measure-cli.js");

function runChild(mode, file, distDir, environment = {}) {
  const child = spawnSync(process.execPath, [CHILD, mode, file, distDir], { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, ...environment } });
  const lastLine = child.stdout.trim().split("\n").pop();
  try {
    return JSON.parse(lastLine);
  } catch {
    return { mode, failure: `${child.stderr || child.stdout || "no output"}`.trim().slice(0, 2000) };
  }
}

function firstFailure(results) {
  const failed = results.find((result) => result.failure || result.exitCode !== 0);
  if (!failed) return null;
  return failed.failure ?? `analyze exited with ${failed.exitCode}: ${failed.errors ?? ""}`;
}

function measureAnalyzeOverLoad(file, distDir, runs) {
  const loads = [];
  const analyses = [];
  runChild("exceljs", file, distDir);
  runChild("analyze", file, distDir);
  for (let run = 0; run < runs; run += 1) {
    loads.push(runChild("exceljs", file, distDir));
    analyses.push(runChild("analyze", file, distDir));
  }
  const failure = firstFailure([...loads, ...analyses]);
  if (failure) return { runs, failure };
  const loadMs = median(loads.map((result) => result.ms));
  const analyzeMs = median(analyses.map((result) => result.ms));
  // Each analyze runs right after its load: the median of these paired ratios resists the machine's load changing mid-run.
  const pairedRatios = analyses.map((analysis, index) => analysis.ms / loads[index].ms);
  const loadCpuMs = median(loads.map((result) => result.cpuMs));
  const analyzeCpuMs = median(analyses.map((result) => result.cpuMs));
  return {
    runs,
    loadCpuMs,
    analyzeCpuMs,
    analyzeOverLoadCpu: analyzeCpuMs / loadCpuMs,
    loadMs,
    analyzeMs,
    loadRunsMs: loads.map((result) => result.ms),
    analyzeRunsMs: analyses.map((result) => result.ms),
    analyzeOverLoad: median(pairedRatios),
    analyzeOverLoadOfMedians: analyzeMs / loadMs,
    pairedRatios,
    analyzePeakMiB: Math.max(...analyses.map((result) => result.maxRssMiB)),
    loadPeakMiB: Math.max(...loads.map((result) => result.maxRssMiB)),
    analyzeJsonBytes: analyses[0].outputBytes,
  };
}

module.exports = { measureAnalyzeOverLoad, runChild, CHILD };
