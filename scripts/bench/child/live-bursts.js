"use strict";
/**
 * The live checks on the large workbook, in a fresh process started with --expose-gc:
 *   - the engine alone (src/domain/live's recheckRows) re-checking bursts of 100 changed rows of
 *     « Indicateurs 2021 » against the baseline of a full analysis: CPU time of each call, in all threads
 *     (process.cpuUsage) and on the main thread;
 *   - the ChangeTracker over the simulated Excel host, as the pane runs it (handlers, Analyser's read as the
 *     baseline, a manual clock ending each burst): 1,000 bursts of 100 rows typed one by one, each burst's
 *     syncs, and the heap after garbage collection at bursts 100 and 1,000 (the host's sync log, the harness's
 *     own record, is emptied after each burst).
 * Prints one JSON line.
 *
 *   node --expose-gc scripts/bench/child/live-bursts.js <workbook.xlsx> <distDir> <transpiledDir>
 */

const fs = require("node:fs");
const path = require("node:path");
const { median } = require("../statistics");

const SHEET = "Indicateurs 2021";
const ROWS = 100;
const FIRST_ROW = 200;
const BURSTS = Number(process.env.BENCH_LIVE_BURSTS) || 1000;
const ENGINE_BURSTS = 30;
/** The result column (C) of the bench's indicator sheets; two texts the grammar reads, one it cannot, taken in turn. */
const RESULT_COLUMN = 3;
const RESULTS = ["95 %", "beaucoup", "1,5 jours"];

class ManualClock {
  constructor() {
    this.now = 0;
    this.timers = new Map();
    this.next = 1;
  }
  setTimeout(callback, ms) {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle) {
    this.timers.delete(handle);
  }
  advance(ms) {
    this.now += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.now) continue;
      this.timers.delete(id);
      timer.callback();
    }
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The main thread's CPU time in ms (Linux: /proc/<pid>/task/<pid>/schedstat, first field in ns), the thread the
 * pane waits on, as child/measure-survey.js reads it; null elsewhere. process.cpuUsage() adds V8's compiler and
 * garbage-collector threads.
 */
function mainThreadCpuMs() {
  try {
    return Number(fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}
const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function heapAfterGc() {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/** The engine alone: bursts of 100 rows with their result changed, each re-checked against the last. */
function measureEngine(modules, snapshot) {
  const outcome = modules.live.liveBaseline(snapshot, {});
  if (!outcome.ok) throw new Error(outcome.message);
  let baseline = outcome.baseline;
  const sheet = snapshot.sheets.find((candidate) => candidate.name === SHEET);
  const times = [];
  const mainTimes = [];
  for (let burst = 0; burst < ENGINE_BURSTS; burst++) {
    const text = RESULTS[burst % RESULTS.length];
    const rows = Array.from({ length: ROWS }, (_, index) => {
      const row = FIRST_ROW + index;
      const cells = sheet.cells[row - sheet.origin.row].slice();
      cells[RESULT_COLUMN - sheet.origin.column] = { value: text, text, numberFormat: "General", formula: null };
      return { row, cells };
    });
    const start = process.cpuUsage();
    const mainStart = mainThreadCpuMs();
    const rechecked = modules.live.recheckRows(baseline, [{ sheet: SHEET, rows }]);
    const mainEnd = mainThreadCpuMs();
    times.push(cpuMs(start));
    if (mainStart !== null && mainEnd !== null) mainTimes.push(mainEnd - mainStart);
    if (rechecked.kind !== "rows") throw new Error(`recheckRows asked for a full read (${rechecked.reason ?? rechecked.kind})`);
    baseline = rechecked.baseline;
  }
  if (process.env.BENCH_LIVE_TIMES) process.stderr.write(`${times.map((ms) => ms.toFixed(1)).join(" ")}\n`);
  const main = mainTimes.length === times.length ? { recheckMainCpuMsFirst: mainTimes[0], recheckMainCpuMsMedian: median(mainTimes), recheckMainCpuMsMax: Math.max(...mainTimes) } : {};
  return { recheckCpuMsFirst: times[0], recheckCpuMsMedian: median(times), recheckCpuMsMax: Math.max(...times), engineBursts: times.length, ...main };
}

/** The tracker as the pane runs it, over the simulated host. */
async function measureTracker(modules, snapshot) {
  const excel = modules.sim.simulateWorkbook(snapshot);
  const clock = new ManualClock();
  const operations = modules.operations.createWorkbookOperations(excel.run, { clock, quietMs: 500, office: () => excel.office });
  const updates = { rows: 0, full: 0, failed: 0 };
  let lastFailure = null;
  const tracker = await operations.watchChanges(modules.port.DEFAULT_SETTINGS, (update) => {
    updates[update.kind]++;
    if (update.kind === "failed") lastFailure = update.message;
  });
  await operations.analyze(modules.port.DEFAULT_SETTINGS);
  const syncs = [];
  const heap = {};
  const start = process.cpuUsage();
  for (let burst = 1; burst <= BURSTS; burst++) {
    excel.syncLog.length = 0;
    const text = RESULTS[burst % RESULTS.length];
    for (let row = FIRST_ROW; row < FIRST_ROW + ROWS; row++) excel.userEdit(SHEET, `C${row}`, [[text]]);
    await flush();
    clock.advance(500);
    await tracker.idle();
    syncs.push(excel.syncLog.length);
    if (burst === 100 || burst === BURSTS) {
      excel.syncLog.length = 0;
      heap[burst] = heapAfterGc();
    }
  }
  const trackerCpuMs = cpuMs(start);
  await tracker.dispose();
  return {
    bursts: BURSTS,
    syncsPerBurstMin: Math.min(...syncs),
    syncsPerBurstMax: Math.max(...syncs),
    updates,
    lastFailure,
    heapMiBAt100: heap[100],
    heapMiBAt1000: heap[BURSTS],
    trackerCpuMsPerBurst: trackerCpuMs / BURSTS,
  };
}

async function main() {
  const [workbookPath, distDir, transpiledDir] = process.argv.slice(2);
  if (typeof global.gc !== "function") throw new Error("run with node --expose-gc");
  const load = (file) => require(path.join(transpiledDir, file));
  const modules = {
    sim: load("src/simulated-excel/index.js"),
    operations: load("src/excel/workbook-operations.js"),
    live: load("src/domain/live/index.js"),
    port: load("src/port/index.js"),
  };
  const { readWorkbookFile } = require(path.join(distDir, "xlsx", "read-workbook.js"));
  const snapshot = await readWorkbookFile(workbookPath);
  const engine = measureEngine(modules, snapshot);
  const tracker = await measureTracker(modules, snapshot);
  process.stdout.write(`${JSON.stringify({ rowsPerBurst: ROWS, ...engine, ...tracker })}\n`);
}

main().catch((error) => {
  process.stdout.write(`${JSON.stringify({ failure: String(error && error.stack ? error.stack : error) })}\n`);
  process.exitCode = 1;
});
