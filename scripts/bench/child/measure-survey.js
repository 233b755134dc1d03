"use strict";
/**
 * Runs once, in a fresh process, on modules transpiled by transpile-tree.js: reads the workbook file, seeds
 * the simulated Excel on the web with it and reads it back through the Excel adapter (readWorkbook), as the
 * pane does; then times, in CPU (user + system, all threads), the engine on that reading:
 *   `survey`:  readSurveySheet on the survey sheet (the survey's analysis alone);
 *   `analyze`: analyzeWorkbook on the whole snapshot (what the Analyser runs).
 * The first call is the one a user waits for when opening the pane (code not yet optimised by V8); the
 * next `repeats` calls show the same work warm. With BENCH_CPU_PROFILE=<file>, it also records a CPU
 * profile of the first call. Prints one JSON line: { mode, firstCpuMs, firstMs, warmCpuMs: [...] }.
 *
 *   node scripts/bench/child/measure-survey.js <survey|analyze> <workbook.xlsx> <compiledDir> [repeats]
 */

const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector/promises");

const SURVEY_SHEET = /^Réponses enquête/;

/**
 * The main thread's CPU time in ms (Linux: /proc/<pid>/task/<pid>/schedstat, first field in ns), the thread a
 * pane's user waits on; null elsewhere. process.cpuUsage() adds V8's compiler and garbage-collector threads.
 */
function mainThreadCpuMs() {
  try {
    return Number(fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}

function cpuMsOf(work) {
  const before = process.cpuUsage();
  const mainBefore = mainThreadCpuMs();
  const started = process.hrtime.bigint();
  const result = work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const mainAfter = mainThreadCpuMs();
  const cpu = process.cpuUsage(before);
  return { result, cpuMs: (cpu.user + cpu.system) / 1000, mainThreadCpuMs: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore, ms };
}

async function withProfile(work) {
  if (!process.env.BENCH_CPU_PROFILE) return work();
  const session = new inspector.Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const result = work();
  const { profile } = await session.post("Profiler.stop");
  fs.writeFileSync(process.env.BENCH_CPU_PROFILE, JSON.stringify(profile));
  session.disconnect();
  return result;
}

async function measure(mode, file, compiledDir, repeats) {
  const load = (entry) => require(path.join(compiledDir, entry));
  const { readWorkbookFile } = load("src/xlsx/read-workbook.js");
  const { simulateWorkbook } = load("src/simulated-excel/index.js");
  const { readWorkbook } = load("src/excel/read-snapshot.js");
  const { analyzeWorkbook } = load("src/domain/analysis/index.js");
  const { readSurveySheet } = load("src/domain/survey/index.js");
  const host = simulateWorkbook(await readWorkbookFile(file));
  const { snapshot } = await readWorkbook(host.newContext(), { payloadLimited: true });
  const surveySheet = snapshot.sheets.find((sheet) => SURVEY_SHEET.test(sheet.name));
  const work =
    mode === "survey"
      ? () => readSurveySheet(surveySheet)
      : () => {
          const outcome = analyzeWorkbook(snapshot, {});
          if (!outcome.ok) throw new Error(outcome.message);
          return outcome.analysis;
        };
  if (mode === "survey" && surveySheet === undefined) throw new Error("no survey sheet in the workbook");
  const first = await withProfile(() => cpuMsOf(work));
  const warmCpuMs = [];
  for (let run = 0; run < repeats; run += 1) warmCpuMs.push(cpuMsOf(work).cpuMs);
  const found = mode === "survey" ? first.result : first.result.survey;
  return {
    mode,
    firstCpuMs: first.cpuMs,
    firstMainThreadCpuMs: first.mainThreadCpuMs,
    firstMs: first.ms,
    warmCpuMs,
    respondents: found?.respondents ?? null,
    questions: found?.questions.length ?? null,
  };
}

const [mode, file, compiledDir, repeats = "5"] = process.argv.slice(2);
measure(mode, file, path.resolve(compiledDir), Number(repeats))
  .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
  .catch((error) => {
    process.stdout.write(`${JSON.stringify({ mode, failure: String(error && error.stack ? error.stack : error) })}\n`);
    process.exitCode = 1;
  });
