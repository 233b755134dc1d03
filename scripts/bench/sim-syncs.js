"use strict";
/**
 * Syncs and the largest payload per sync for reading (readSnapshot), folding pasted telephony figures in
 * (applyTelephony, March 2021, after its previewTelephony, counted apart) and generating (applyPlan),
 * through the simulated Excel host of src/simulated-excel/, which counts them.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { transpileTree } = require("./transpile-tree");

const ENTRIES = {
  sim: "src/simulated-excel/index.ts",
  readSnapshot: "src/excel/read-snapshot.ts",
  applyPlan: "src/excel/apply-plan.ts",
  analysis: "src/domain/analysis/index.ts",
  report: "src/report/index.ts",
  telephony: "src/excel/telephony.ts",
};

const PASTED = "Mois\tAppels reçus\tAppels aboutis\nmars 2021\t1500\t1400";

function loadModules() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-sim-"));
  const names = Object.keys(ENTRIES);
  const compiled = transpileTree(Object.values(ENTRIES), outDir);
  return Object.fromEntries(names.map((name, index) => [name, require(compiled[index])]));
}

/** Syncs made and the largest request + response among them, since the log had `from` entries. */
function syncsSince(host, from) {
  const records = host.syncLog.slice(from);
  return { syncs: records.length, largestPayloadKiB: Math.max(0, ...records.map((r) => r.requestBytes + r.responseBytes)) / 1024, failed: records.filter((r) => r.outcome !== "ok").length };
}

/**
 * As the pane's generate does: readWorkbook (readSnapshot's snapshot plus the sheet list), analyse, plan,
 * then applyPlan given that sheet list. Each step on a fresh context of its own, called directly (no
 * trailing sync of an Excel.run), so that the counts are the module's own.
 */
async function measureWorkbook(modules, snapshot, sourceName) {
  const host = modules.sim.simulateWorkbook(snapshot);
  const reading = await modules.readSnapshot.readWorkbook(host.newContext());
  const read = syncsSince(host, 0);
  const outcome = modules.analysis.analyzeWorkbook(reading.snapshot, {});
  if (!outcome.ok) return { read, write: null, failure: outcome.message };
  const plan = modules.report.planReport(outcome.analysis, {
    sourceName,
    generatedAt: new Date(Date.UTC(2022, 0, 15, 9, 30)),
    tolerance: 0.5,
    linkToSource: true,
    existingSheetNames: reading.sheets.map((sheet) => sheet.name),
  });
  let fold;
  try {
    // The sheets' names as the pane knows them from its last read (here the one just made), as the fold asks for them.
    const known = { names: reading.sheets.map((sheet) => sheet.name) };
    // The preview reads the workbook too (to know the year's sites): counted apart, the fold is the write's own read and write.
    const beforePreview = host.syncLog.length;
    const previewed = await modules.telephony.previewTelephony(host.newContext(), PASTED, 2021, known);
    const preview = syncsSince(host, beforePreview);
    const beforeFold = host.syncLog.length;
    // With several sites the user picks one in Saisie before « Intégrer » (useTelephonyEntry): here the first.
    const choice = previewed.siteChoice;
    const chosen = choice === undefined || choice.pasted !== undefined || choice.chosen !== null ? previewed : { ...previewed, siteChoice: { ...choice, chosen: choice.sites[0] } };
    const folded = await modules.telephony.applyTelephony(host.newContext(), chosen, known);
    fold = { ...syncsSince(host, beforeFold), sheet: folded.sheet, preview };
  } catch (error) {
    fold = { failure: String(error && error.message ? error.message : error) };
  }
  const before = host.syncLog.length;
  const generated = await modules.applyPlan.applyPlan(host.newContext(), plan, reading.sheets);
  return { read, write: syncsSince(host, before), fold, generated, plannedSheets: plan.sheets.length, indicators: outcome.analysis.indicators.length };
}

/** Measures each named snapshot; any failure (a module missing, a throw) is reported, not thrown. */
async function measureSyncs(snapshots) {
  let modules;
  try {
    modules = loadModules();
  } catch (error) {
    return { failure: `cannot load the Excel modules and the simulator: ${error.message}` };
  }
  const results = {};
  for (const [label, { snapshot, sourceName }] of Object.entries(snapshots)) {
    try {
      results[label] = await measureWorkbook(modules, snapshot, sourceName);
    } catch (error) {
      results[label] = { failure: String(error && error.message ? error.message : error) };
    }
  }
  return results;
}

module.exports = { measureSyncs };
