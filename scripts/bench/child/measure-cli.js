"use strict";
/**
 * Runs once, in a fresh process: `exceljs` is a bare exceljs load of the file (read the bytes, then
 * `Workbook.xlsx.load`: the floor the analysis is measured against); `load` reads the workbook with the CLI's
 * reader (readWorkbookFile); `analyze` runs the CLI's `analyze --json` on it. The modules are required before the clock starts,
 * so both timings cover the work only. Prints one JSON line: { ms, cpuMs, maxRssMiB, exitCode, outputBytes }
 * (cpuMs: user + system CPU time of the call, all threads, steadier than wall time on a busy machine).
 * With BENCH_CPU_PROFILE=<file>, it also records a CPU profile of that call alone (not of start-up).
 *
 *   node scripts/bench/child/measure-cli.js <exceljs|load|analyze> <workbook.xlsx> <distDir>
 */

const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector/promises");

async function startProfiler() {
  if (!process.env.BENCH_CPU_PROFILE) return null;
  const session = new inspector.Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  return session;
}

async function stopProfiler(session) {
  if (!session) return;
  const { profile } = await session.post("Profiler.stop");
  fs.writeFileSync(process.env.BENCH_CPU_PROFILE, JSON.stringify(profile));
  session.disconnect();
}

/** A bare exceljs load of the file, as any program reading it with exceljs would start. */
async function loadWithExceljs(file) {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await fs.promises.readFile(file));
  return workbook;
}

async function measure(mode, file, distDir) {
  const { readWorkbookFile } = require(path.join(distDir, "xlsx/read-workbook.js"));
  const { main } = require(path.join(distDir, "cli/main.js"));
  let outputBytes = 0;
  let errors = "";
  const io = { stdout: (text) => (outputBytes += Buffer.byteLength(text)), stderr: (text) => (errors += text) };
  const profiler = await startProfiler();
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  let exitCode = 0;
  if (mode === "exceljs") await loadWithExceljs(file);
  else if (mode === "load") await readWorkbookFile(file);
  else exitCode = await main(["analyze", file, "--json"], io);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  await stopProfiler(profiler);
  return { mode, ms, cpuMs, exitCode, outputBytes, errors: errors.trim() || null, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
}

const [mode, file, distDir] = process.argv.slice(2);
measure(mode, file, path.resolve(distDir))
  .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
  .catch((error) => {
    process.stdout.write(`${JSON.stringify({ mode, failure: String(error && error.stack ? error.stack : error) })}\n`);
    process.exitCode = 1;
  });
