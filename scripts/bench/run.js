#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: one run measures
 *   - syncs and the largest payload per sync, reading (readSnapshot) and generating (applyPlan), on the
 *     sample and on the large workbook, through the simulated Excel host (src/simulated-excel/);
 *   - the CLI's `analyze` time on the large workbook over a bare exceljs load of it (Workbook.xlsx.load),
 *     BENCH_RUNS (default 7) fresh child processes each, alternating, timed inside the child around the call
 *     (the ratio is the median of the per-pair ratios);
 *   - the task pane's production JavaScript gzipped (dist/web/) beside a bare one-button Fluent UI v9 pane;
 *   - the peak memory (maxRSS) of `analyze` on the large workbook;
 *   - where `analyze` spends its time (node --cpu-prof), by part and by function;
 *   - the survey of issue 14 (survey-figures.js): the sample plus a 2,000 × 30 survey read through the
 *     simulated host (syncs beside the sample's, the web's largest response) and the engine's CPU time.
 *   - the live checks on the large workbook (live-checks.js): syncs per burst, the engine's CPU time to
 *     re-check 100 changed rows, the heap after GC at bursts 100 and 1,000.
 * It prints a French table, then as its last line one JSON object.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { makeLargeWorkbook, writeSampleWorkbook } = require("../make-large-workbook");
const { measureAnalyzeOverLoad } = require("./cli-timing");
const { measureBundles, INITIAL_TARGET_GZIP_KIB } = require("./bundle-size");
const { measureSyncs } = require("./sim-syncs");
const { profileAnalyze } = require("./cpu-profile");
const { printTable } = require("./print-table");
const { round } = require("./statistics");
const { readFoldFigures, foldRows } = require("./read-fold-figures");
const { measureSurvey, surveySummary, surveyRows } = require("./survey-figures");
const { makeSurveyWorkbook } = require("./workbook/survey-workbook");
const { measureLiveChecks, liveFigures, liveRows } = require("./live-checks");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
// writeSyncs: the report's write (1), then its print setup and read-back of tags and formula-like texts (1).
const TARGETS = { readSyncs: 2, writeSyncs: 2, foldSyncs: 2, analyzeOverLoad: 1.3, analyzeOverLoadCpu: 1.2, peakOverLoad: 1.3, readLargestKiB: 0.6 * 5 * 1024, initialBundleGzipKiB: INITIAL_TARGET_GZIP_KIB };

function buildCli() {
  const child = spawnSync("npm", ["run", "build:cli", "--silent"], { cwd: ROOT, encoding: "utf8" });
  if (child.status !== 0) process.stderr.write(`build:cli a échoué (on mesure le dist/ existant) :\n${child.stdout}${child.stderr}\n`);
}

async function makeWorkbooks() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-bench-"));
  const sample = path.join(directory, "classeur-exemple.xlsx");
  const large = path.join(directory, "classeur-volumineux.xlsx");
  const largeOneSheet = path.join(directory, "classeur-volumineux-une-feuille.xlsx");
  const survey = path.join(directory, "classeur-enquete-2000x30.xlsx");
  await writeSampleWorkbook(sample);
  await makeSurveyWorkbook(survey);
  await makeLargeWorkbook(large);
  await makeLargeWorkbook(largeOneSheet, { telephony: "one-sheet" });
  return { directory, sample, large, largeOneSheet, survey };
}

const withMark = (value, target) => (value === null || value === undefined ? "—" : `${value}${value <= target ? "" : "  ✗ au-dessus de la cible"}`);

function report(results) {
  const { syncs, timing, bundles, profile, files } = results;
  const sync = (label, part) => syncs[label]?.[part] ?? null;
  const blocks = [
    printTable("Échanges avec Excel (hôte simulé)", [
      ["", "synchronisations", "plus gros échange (Kio)"],
      ["lecture, exemple", withMark(sync("sample", "read")?.syncs, TARGETS.readSyncs), round(sync("sample", "read")?.largestPayloadKiB, 1)],
      ["écriture, exemple", withMark(sync("sample", "write")?.syncs, TARGETS.writeSyncs), round(sync("sample", "write")?.largestPayloadKiB, 1)],
      ["lecture, volumineux", withMark(sync("large", "read")?.syncs, TARGETS.readSyncs), round(sync("large", "read")?.largestPayloadKiB, 1)],
      ["écriture, volumineux", withMark(sync("large", "write")?.syncs, TARGETS.writeSyncs), round(sync("large", "write")?.largestPayloadKiB, 1)],
      ["lecture, volumineux, sites dans une feuille", withMark(sync("largeOneSheet", "read")?.syncs, TARGETS.readSyncs), round(sync("largeOneSheet", "read")?.largestPayloadKiB, 1)],
      ["téléphonie collée, exemple", withMark(sync("sample", "fold")?.syncs, TARGETS.foldSyncs), round(sync("sample", "fold")?.largestPayloadKiB, 1)],
      ...foldRows(syncs, TARGETS, withMark),
    ]),
    printTable("Enquête de 2 000 répondants × 30 questions (exemple + enquête ; processeur : médianes de processus neufs)", surveyRows(results.survey)),
    printTable("Contrôle en continu, classeur volumineux (hôte simulé)", liveRows(results.live, withMark)),
    printTable(`Sites dans une feuille (${results.timingOneSheet.runs} processus neufs chacun, médianes)`, [
      ["analyze ÷ chargement (temps processeur)", withMark(round(results.timingOneSheet.analyzeOverLoadCpu, 2), TARGETS.analyzeOverLoadCpu), `${round(results.timingOneSheet.analyzeCpuMs, 0)} ms ÷ ${round(results.timingOneSheet.loadCpuMs, 0)} ms`],
      ["mémoire maximale d'analyze", `${round(results.timingOneSheet.analyzePeakMiB, 0)} Mio`, `chargement exceljs seul : ${round(results.timingOneSheet.loadPeakMiB, 0)} Mio`],
    ]),
    printTable(`Ligne de commande sur le classeur volumineux (${timing.runs} processus neufs chacun, médianes)`, [
      ["chargement exceljs seul (Workbook.xlsx.load)", `${round(timing.loadMs, 0)} ms`, ""],
      ["analyze --json", `${round(timing.analyzeMs, 0)} ms`, ""],
      ["analyze ÷ chargement (temps écoulé)", withMark(round(timing.analyzeOverLoad, 2), TARGETS.analyzeOverLoad), `médiane des rapports par paire ; cible ≤ ${TARGETS.analyzeOverLoad}`],
      ["  rapport des médianes", round(timing.analyzeOverLoadOfMedians, 2), ""],
      ["analyze ÷ chargement (temps processeur)", withMark(round(timing.analyzeOverLoadCpu, 2), TARGETS.analyzeOverLoadCpu), `${round(timing.analyzeCpuMs, 0)} ms ÷ ${round(timing.loadCpuMs, 0)} ms`],
      ["mémoire maximale d'analyze", `${round(timing.analyzePeakMiB, 0)} Mio`, `chargement exceljs seul : ${round(timing.loadPeakMiB, 0)} Mio`],
    ]),
    printTable(`JavaScript du volet (gzip niveau 9 ; machine à ${os.availableParallelism()} cœurs)`, [
      [
        "volet Bilan Qualité, avant le premier affichage",
        withMark(round(bundles.pane.initialGzipKiB, 1), TARGETS.initialBundleGzipKiB),
        `cible ≤ ${TARGETS.initialBundleGzipKiB} Kio (scripts de taskpane.html)`,
      ],
      ["volet Bilan Qualité, total", round(bundles.pane.gzipKiB, 1), `${bundles.pane.files ?? "—"} fichiers, les volets chargés à la première utilisation`],
      ["  construit par", bundles.pane.measuredWith ?? "—", ""],
      ["volet nu, un bouton Fluent UI v9", round(bundles.baseline.gzipKiB, 1), ""],
    ]),
    printTable(
      `Où va le temps d'analyze (profil CPU, ${round(profile.totalMs, 0)} ms échantillonnées)`,
      (profile.parts ?? []).map((part) => [part.name, `${round(part.ms, 0)} ms`, `${round(100 * part.share, 1)} %`]),
    ),
    printTable(
      "Fonctions les plus coûteuses (temps propre)",
      (profile.functions ?? []).map((fn) => [fn.name, `${round(fn.ms, 0)} ms`, `${round(100 * fn.share, 1)} %`]),
    ),
  ];
  const failures = [
    ...Object.entries(syncs).filter(([, value]) => value?.failure).map(([label, value]) => `simulateur (${label}) : ${value.failure}`),
    ...[timing, bundles.pane, bundles.baseline, profile, results.live].filter((value) => value?.failure).map((value) => value.failure),
    ...(bundles.pane.buildFailure ? [bundles.pane.buildFailure] : []),
    ...(results.survey.failure ? [`enquête : ${results.survey.failure}`] : (results.survey.failures ?? []).map((failure) => `enquête : ${failure}`)),
  ];
  if (failures.length > 0) blocks.push(["Mesures impossibles :", ...failures.map((failure) => `- ${failure}`), ""].join("\n"));
  blocks.push(`Classeurs mesurés : ${files.sample} et ${files.large}`);
  return blocks.join("\n");
}

/** The CPU ratio and peak memory of one large workbook, each against its target. */
function cpuFigures(timing) {
  const ratio = timing.analyzeOverLoadCpu ?? null;
  const peak = timing.analyzePeakMiB && timing.loadPeakMiB ? timing.analyzePeakMiB / timing.loadPeakMiB : null;
  return {
    analyzeOverLoadCpu: round(ratio, 3),
    analyzeOverLoadCpuMet: ratio === null ? null : ratio <= TARGETS.analyzeOverLoadCpu,
    analyzeCpuMs: round(timing.analyzeCpuMs ?? null, 1),
    loadCpuMs: round(timing.loadCpuMs ?? null, 1),
    peakOverLoad: round(peak, 3),
    peakOverLoadMet: peak === null ? null : peak <= TARGETS.peakOverLoad,
    failure: timing.failure ?? null,
  };
}

function summaryJson({ syncs, timing, timingOneSheet, bundles, profile, files, survey, live }) {
  return {
    cores: os.availableParallelism(),
    readSyncs: syncs.sample?.read?.syncs ?? null,
    writeSyncs: syncs.sample?.write?.syncs ?? null,
    readSyncsLarge: syncs.large?.read?.syncs ?? null,
    writeSyncsLarge: syncs.large?.write?.syncs ?? null,
    readLargestPayloadKiB: round(syncs.sample?.read?.largestPayloadKiB ?? null, 1),
    writeLargestPayloadKiB: round(syncs.sample?.write?.largestPayloadKiB ?? null, 1),
    readLargestPayloadKiBLarge: round(syncs.large?.read?.largestPayloadKiB ?? null, 1),
    writeLargestPayloadKiBLarge: round(syncs.large?.write?.largestPayloadKiB ?? null, 1),
    analyzeOverLoad: round(timing.analyzeOverLoad ?? null, 3),
    analyzeOverLoadOfMedians: round(timing.analyzeOverLoadOfMedians ?? null, 3),
    analyzeOverLoadCpu: round(timing.analyzeOverLoadCpu ?? null, 3),
    analyzeMs: round(timing.analyzeMs ?? null, 1),
    analyzeCpuMs: round(timing.analyzeCpuMs ?? null, 1),
    loadCpuMs: round(timing.loadCpuMs ?? null, 1),
    loadMs: round(timing.loadMs ?? null, 1),
    analyzeRunsMs: (timing.analyzeRunsMs ?? []).map((ms) => round(ms, 1)),
    loadRunsMs: (timing.loadRunsMs ?? []).map((ms) => round(ms, 1)),
    timingRuns: timing.runs,
    timingMethod: "fresh child process per run, load and analyze alternating, modules required before the clock; analyzeOverLoad = median of per-pair ratios",
    analyzePeakMiB: round(timing.analyzePeakMiB ?? null, 1),
    loadPeakMiB: round(timing.loadPeakMiB ?? null, 1),
    bundleGzipKiB: round(bundles.pane.gzipKiB ?? null, 1),
    initialBundleGzipKiB: round(bundles.pane.initialGzipKiB ?? null, 1),
    initialBundleTargetGzipKiB: TARGETS.initialBundleGzipKiB,
    initialBundleMet: bundles.pane.initialGzipKiB == null ? null : bundles.pane.initialGzipKiB <= TARGETS.initialBundleGzipKiB,
    bundleFiles: bundles.pane.files ?? null,
    baselineBundleGzipKiB: round(bundles.baseline.gzipKiB ?? null, 1),
    bundleRawKiB: round(bundles.pane.rawKiB ?? null, 1),
    bundleMeasuredWith: bundles.pane.measuredWith ?? null,
    baselineBundleRawKiB: round(bundles.baseline.rawKiB ?? null, 1),
    profileParts: (profile.parts ?? []).map((part) => ({ part: part.name, ms: round(part.ms, 1) })),
    largeWorkbookBytes: fs.statSync(files.large).size,
    foldSyncs: syncs.sample?.fold?.syncs ?? null,
    foldSyncsTarget: TARGETS.foldSyncs,
    foldSyncsMet: syncs.sample?.fold?.syncs == null ? null : syncs.sample.fold.syncs <= TARGETS.foldSyncs,
    readLargestKiBTarget: TARGETS.readLargestKiB,
    readLargestMet: syncs.large?.read?.largestPayloadKiB == null ? null : syncs.large.read.largestPayloadKiB <= TARGETS.readLargestKiB,
    readLargestShareOf5MB: round((syncs.large?.read?.largestPayloadKiB ?? NaN) / (5 * 1024), 3),
    analyzeOverLoadCpuTarget: TARGETS.analyzeOverLoadCpu,
    sheetPerSite: cpuFigures(timing),
    oneSheet: cpuFigures(timingOneSheet),
    readLargestKiBOneSheet: round(syncs.largeOneSheet?.read?.largestPayloadKiB ?? null, 1),
    readAndFold: readFoldFigures(syncs, TARGETS),
    survey,
    liveChecks: live,
  };
}

async function main() {
  const runs = Number(process.env.BENCH_RUNS) >= 5 ? Number(process.env.BENCH_RUNS) : 7;
  buildCli();
  const files = await makeWorkbooks();
  const { readWorkbookFile } = require(path.join(DIST, "xlsx", "read-workbook.js"));
  const syncs = await measureSyncs({
    sample: { snapshot: await readWorkbookFile(files.sample), sourceName: path.basename(files.sample) },
    large: { snapshot: await readWorkbookFile(files.large), sourceName: path.basename(files.large) },
    largeOneSheet: { snapshot: await readWorkbookFile(files.largeOneSheet), sourceName: path.basename(files.largeOneSheet) },
  });
  const live = liveFigures(measureLiveChecks(files.large, DIST));
  const timing = measureAnalyzeOverLoad(files.large, DIST, runs);
  const timingOneSheet = measureAnalyzeOverLoad(files.largeOneSheet, DIST, runs);
  const profile = profileAnalyze(files.large, DIST);
  const bundles = measureBundles();
  const survey = surveySummary(await measureSurvey({ withoutSurvey: files.sample, withSurvey: files.survey }, runs));
  const results = { syncs, timing, timingOneSheet, bundles, profile, files, survey, live };
  process.stdout.write(`${report(results)}\n`);
  process.stdout.write(`${JSON.stringify(summaryJson(results))}\n`);
}

main().catch((error) => {
  process.stderr.write(`Le banc d'essai a échoué : ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
