"use strict";
/**
 * The live checks' figures on the large workbook, each against its target (issue 16): syncs per burst
 * (1), the engine's CPU time to re-check a burst of 100 changed rows (under 50 ms, all threads; the main
 * thread's beside it), and the heap after garbage collection at bursts 100 and 1,000 (no growth). Measured
 * in a child process started with --expose-gc (child/live-bursts.js), over the TypeScript sources
 * transpiled as sim-syncs.js does.
 *
 *   node scripts/bench/live-checks.js [large.xlsx]   (needs `npm run build:cli` for the .xlsx reader)
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { transpileTree } = require("./transpile-tree");
const { round } = require("./statistics");

const ROOT = path.join(__dirname, "..", "..");
const ENTRIES = ["src/simulated-excel/index.ts", "src/excel/workbook-operations.ts", "src/domain/live/index.ts", "src/port/index.ts"];
const LIVE_TARGETS = { syncsPerBurst: 1, recheckCpuMs: 50, heapGrowthMiB: 1 };

function measureLiveChecks(workbookPath, distDir) {
  try {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-live-"));
    transpileTree(ENTRIES, outDir);
    const child = spawnSync(process.execPath, ["--expose-gc", path.join(__dirname, "child", "live-bursts.js"), workbookPath, distDir, outDir], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    const last = child.stdout.trim().split("\n").pop() ?? "";
    const result = JSON.parse(last || "{}");
    if (child.status !== 0 || result.failure) return { failure: result.failure ?? `exit ${child.status}: ${child.stderr.slice(0, 500)}` };
    return result;
  } catch (error) {
    return { failure: String(error && error.message ? error.message : error) };
  }
}

/**
 * Each figure with its target; the heap "grows" when it is more than 1 MiB above burst 100's at burst 1,000
 * (garbage collection leaves a few hundred KiB of noise between two readings).
 */
function liveFigures(live) {
  if (live.failure) return { failure: live.failure };
  const growth = live.heapMiBAt1000 - live.heapMiBAt100;
  return {
    rowsPerBurst: live.rowsPerBurst,
    bursts: live.bursts,
    syncsPerBurst: live.syncsPerBurstMax,
    syncsPerBurstMin: live.syncsPerBurstMin,
    syncsPerBurstTarget: LIVE_TARGETS.syncsPerBurst,
    syncsPerBurstMet: live.syncsPerBurstMax <= LIVE_TARGETS.syncsPerBurst,
    recheckCpuMsMedian: round(live.recheckCpuMsMedian, 1),
    recheckCpuMsMax: round(live.recheckCpuMsMax, 1),
    recheckCpuMsFirst: round(live.recheckCpuMsFirst, 1),
    recheckCpuMsTarget: LIVE_TARGETS.recheckCpuMs,
    recheckCpuMsMet: live.recheckCpuMsMedian < LIVE_TARGETS.recheckCpuMs,
    recheckCpuMsMaxMet: live.recheckCpuMsMax < LIVE_TARGETS.recheckCpuMs,
    recheckCpuMsRuns: live.engineBursts,
    recheckMainThreadCpuMsMedian: round(live.recheckMainCpuMsMedian ?? null, 1),
    recheckMainThreadCpuMsMax: round(live.recheckMainCpuMsMax ?? null, 1),
    recheckMainThreadCpuMsFirst: round(live.recheckMainCpuMsFirst ?? null, 1),
    heapMiBAt100: round(live.heapMiBAt100, 2),
    heapMiBAt1000: round(live.heapMiBAt1000, 2),
    heapGrowthMiB: round(growth, 2),
    heapGrowthMet: growth <= LIVE_TARGETS.heapGrowthMiB,
    trackerCpuMsPerBurst: round(live.trackerCpuMsPerBurst, 1),
    updates: live.updates,
  };
}

function liveRows(figures, withMark) {
  if (figures.failure) return [["contrôle en continu", `mesure impossible : ${figures.failure.split("\n")[0]}`, ""]];
  return [
    [`synchronisations par rafale (${figures.bursts} rafales de ${figures.rowsPerBurst} lignes)`, withMark(figures.syncsPerBurst, LIVE_TARGETS.syncsPerBurst), `min ${figures.syncsPerBurstMin}`],
    [
      `moteur : ${figures.rowsPerBurst} lignes contrôlées de nouveau, médiane de ${figures.recheckCpuMsRuns} (ms processeur)`,
      `${figures.recheckCpuMsMedian}${figures.recheckCpuMsMet ? "" : "  ✗ au-dessus de la cible"} ; max ${figures.recheckCpuMsMax}${figures.recheckCpuMsMaxMet ? "" : " ✗"}`,
      `cible < ${LIVE_TARGETS.recheckCpuMs} ms ; première : ${figures.recheckCpuMsFirst} ms`,
    ],
    ["  dont fil principal : médiane ; max ; première (ms)", `${figures.recheckMainThreadCpuMsMedian ?? "—"} ; ${figures.recheckMainThreadCpuMsMax ?? "—"} ; ${figures.recheckMainThreadCpuMsFirst ?? "—"}`, ""],
    ["tas après GC, rafale 100 → 1 000 (Mio)", `${figures.heapMiBAt100} → ${figures.heapMiBAt1000}${figures.heapGrowthMet ? "" : "  ✗ croissance"}`, `écart ${figures.heapGrowthMiB} Mio`],
  ];
}

async function standalone() {
  const { makeLargeWorkbook } = require("../make-large-workbook");
  const workbook = process.argv[2] ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-bench-")), "classeur-volumineux.xlsx");
  if (!process.argv[2]) await makeLargeWorkbook(workbook);
  const figures = liveFigures(measureLiveChecks(workbook, path.join(ROOT, "dist")));
  const { printTable } = require("./print-table");
  process.stdout.write(`${printTable("Contrôle en continu, classeur volumineux (hôte simulé)", liveRows(figures, (value, target) => `${value}${value <= target ? "" : "  ✗ au-dessus de la cible"}`))}\n`);
  process.stdout.write(`${JSON.stringify({ liveChecks: figures })}\n`);
}

if (require.main === module) standalone();

module.exports = { measureLiveChecks, liveFigures, liveRows, LIVE_TARGETS };
