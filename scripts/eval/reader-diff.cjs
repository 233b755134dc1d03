/**
 * Differential test of the .xlsx reader: reads every workbook of a corpus with the current reader (dist/, built
 * by `npm run build:cli`) and with an older build (exceljs-based, by default /work/main/.cache/dist-old), and
 * compares the two snapshots sheet by sheet: names, visibility, origin, merges, generated tag and every cell's
 * value, text, numberFormat and formula. Differences are counted by kind, with a few examples each.
 *
 *   node scripts/eval/reader-diff.cjs <folder or file>... [--old DIR] [--new DIR] [--examples N] [--json OUT] [--timeout S] [--pairs N] [--progress]
 *
 * Run it from the repository (node_modules must resolve exceljs for the old build). The corpus stays outside
 * the repository: its files come from other projects' test data (the .xlsx and .xlsm files of SheetJS/test_files,
 * exceljs, ClosedXML, apache/poi test-data, PHPOffice/PhpSpreadsheet, tafia/calamine, tealeg/xlsx,
 * jmcnamara/XlsxWriter, openpyxl, qax-os/excelize and python-excel/xlrd: 2,267 files saved by Excel 2007 to 365,
 * Excel for Mac and Online, LibreOffice, WPS, Google Sheets exports and libraries).
 *
 * Differences expected from the exceljs reader, the new one being right: format codes keep their backslash
 * escapes as written (`0\ %`), built-in formats 22, 39 and 40 as ECMA-376 lists them; serials not rounded to the
 * millisecond (exceljs went through a JS Date); `t="d"` ISO dates and times read; escaped characters
 * (`_x000D_`) of inline strings and formula texts decoded; the cached value of a formula whose format shows a
 * date, of a data table cell, of a formula caching an error, kept; `date1904="true"` honoured; a formula kept
 * beside a hyperlink. `--pairs N` lists each kind's most frequent old → new pairs to check such claims.
 */
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const { fork } = require("child_process");
const { unzipSync, strFromU8 } = require("fflate");

function parseArgs(argv) {
  const options = { inputs: [], old: "/work/main/.cache/dist-old", current: path.join(__dirname, "../../dist"), examples: 3, json: null, timeout: 60, pairs: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--old") options.old = argv[++i];
    else if (arg === "--new") options.current = argv[++i];
    else if (arg === "--examples") options.examples = Number(argv[++i]);
    else if (arg === "--json") options.json = argv[++i];
    else if (arg === "--progress") options.progress = true;
    else if (arg === "--pairs") options.pairs = Number(argv[++i]);
    else if (arg === "--timeout") options.timeout = Number(argv[++i]);
    else if (arg === "--serve") options.serve = argv[++i];
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0 && !options.serve) throw new Error("usage: reader-diff.cjs <folder or file>... [--old DIR] [--new DIR] [--examples N] [--json OUT]");
  return options;
}

function listWorkbooks(inputs) {
  const files = [];
  const walk = (entry) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name));
    else if (/\.xls[xm]$/i.test(entry)) files.push(entry);
  };
  inputs.forEach(walk);
  return files;
}

/** The program that saved the package (docProps/app.xml), or "?" when it does not say. */
function savedBy(bytes) {
  try {
    const parts = unzipSync(bytes, { filter: (file) => file.name === "docProps/app.xml" });
    const xml = parts["docProps/app.xml"] ? strFromU8(parts["docProps/app.xml"]) : "";
    const application = /<(?:\w+:)?Application>([^<]*)</.exec(xml)?.[1] ?? "?";
    const version = /<(?:\w+:)?AppVersion>([^<]*)</.exec(xml)?.[1];
    return version ? `${application} ${version}` : application;
  } catch {
    return "?";
  }
}

/** Runs one read, its CPU time in ms, and what it threw (its class, whether it is the user-facing error). */
async function timedRead(read, bytes, errors) {
  const start = process.cpuUsage();
  let snapshot = null;
  let failure = null;
  try {
    snapshot = await read(bytes);
  } catch (error) {
    failure = {
      name: error?.constructor?.name ?? typeof error,
      unusable: errors.isUnusableInputError(error),
      message: String(error?.message ?? error).split("\n")[0].slice(0, 200),
    };
  }
  const used = process.cpuUsage(start);
  return { snapshot, failure, cpuMs: (used.user + used.system) / 1000 };
}

const EMPTY = { value: null, text: "", numberFormat: "General", formula: null };

function cellAt(sheet, row, column) {
  const line = sheet.cells[row - sheet.origin.row];
  return (line && line[column - sheet.origin.column]) || EMPTY;
}

function bounds(sheet) {
  return {
    top: sheet.origin.row,
    left: sheet.origin.column,
    bottom: sheet.origin.row + sheet.cells.length - 1,
    right: sheet.origin.column + (sheet.cells[0]?.length ?? 0) - 1,
  };
}

function columnLetters(column) {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** A date/time serial one went through a JS Date and back (exceljs): equal to the millisecond. */
const withinMillisecond = (a, b) => typeof a === "number" && typeof b === "number" && Math.abs(a - b) * 86_400_000 < 1.0001;

/** The kind of one field's difference, the known intended ones named after their cause. */
function kindOf(field, before, after, oldCell, newCell) {
  if (field === "numberFormat") {
    if (typeof before === "string" && typeof after === "string" && before === after.replace(/\\(.)/g, "$1")) return "numberFormat: backslash escapes kept";
    return "numberFormat";
  }
  if (field === "formula") {
    if (before === null) return "formula: only new";
    if (after === null) return "formula: only old";
    return "formula: differs";
  }
  if (field === "value") {
    if (withinMillisecond(before, after)) return "value: under a millisecond";
    if (before === null) return `value: only new (${typeof after})`;
    if (after === null) return `value: only old (${typeof before})`;
    return `value: ${typeof before} → ${typeof after}`;
  }
  if (field === "text") {
    if (withinMillisecond(oldCell.value, newCell.value)) return "text: after a value under a millisecond";
    if (!same(oldCell.value, newCell.value) || oldCell.numberFormat !== newCell.numberFormat) return "text: follows value or format";
    return "text: same value and format";
  }
  return field;
}

class Differences {
  constructor(examples) {
    this.examples = examples;
    this.byKind = new Map();
  }

  add(kind, file, where, before, after) {
    let entry = this.byKind.get(kind);
    if (!entry) this.byKind.set(kind, (entry = { count: 0, files: new Set(), examples: [], pairs: new Map() }));
    entry.count++;
    entry.files.add(file);
    const pair = `${JSON.stringify(before)} → ${JSON.stringify(after)}`;
    if (entry.pairs.size < 1000 || entry.pairs.has(pair)) entry.pairs.set(pair, (entry.pairs.get(pair) ?? 0) + 1);
    if (entry.examples.length < this.examples && !entry.examples.some((example) => example.file === file)) {
      entry.examples.push({ file, where, old: before, new: after });
    }
  }
}

function compareSheets(file, oldSheet, newSheet, differences) {
  const at = (where) => `${newSheet.name}!${where}`;
  if (oldSheet.name !== newSheet.name) differences.add("sheet name", file, at(""), oldSheet.name, newSheet.name);
  if (oldSheet.visible !== newSheet.visible) differences.add("sheet visible", file, at(""), oldSheet.visible, newSheet.visible);
  if (oldSheet.generatedTag !== newSheet.generatedTag) differences.add("generated tag", file, at(""), oldSheet.generatedTag, newSheet.generatedTag);
  if (!same(oldSheet.merges, newSheet.merges)) differences.add("merges", file, at(""), oldSheet.merges.length, newSheet.merges.length);
  if (!same(oldSheet.oversized ?? null, newSheet.oversized ?? null)) differences.add("oversized", file, at(""), oldSheet.oversized ?? null, newSheet.oversized ?? null);
  const a = bounds(oldSheet);
  const b = bounds(newSheet);
  if (!same(a, b)) differences.add("used range", file, at(""), a, b);
  const top = Math.min(a.top, b.top);
  const bottom = Math.max(a.bottom, b.bottom);
  const left = Math.min(a.left, b.left);
  const right = Math.max(a.right, b.right);
  for (let row = top; row <= bottom; row++) {
    for (let column = left; column <= right; column++) {
      const before = cellAt(oldSheet, row, column);
      const after = cellAt(newSheet, row, column);
      if (before === after) continue;
      for (const field of ["value", "formula", "numberFormat", "text"]) {
        if (same(before[field], after[field])) continue;
        const shown = field === "text" ? [before.value, before.text, after.value, after.text] : [before[field], after[field]];
        const [oldShown, newShown] = field === "text" ? [`${JSON.stringify(shown[0])} "${shown[1]}"`, `${JSON.stringify(shown[2])} "${shown[3]}"`] : shown;
        differences.add(kindOf(field, before[field], after[field], before, after), file, at(`${columnLetters(column)}${row}`), oldShown, newShown);
      }
    }
  }
}

function compareWorkbooks(file, oldBook, newBook, differences) {
  const count = Math.max(oldBook.sheets.length, newBook.sheets.length);
  for (let index = 0; index < count; index++) {
    const oldSheet = oldBook.sheets[index];
    const newSheet = newBook.sheets[index];
    if (!oldSheet || !newSheet) differences.add(oldSheet ? "sheet only old" : "sheet only new", file, `#${index + 1}`, oldSheet?.name ?? null, newSheet?.name ?? null);
    else compareSheets(file, oldSheet, newSheet, differences);
  }
}

/**
 * Each reader runs in its own child process, one file at a time: a reader that hangs (exceljs on some
 * workbooks) is killed after `--timeout` seconds and counted as such, and each reader's CPU time is its
 * own process's.
 */
function serve(dist) {
  const reader = require(path.resolve(dist, "xlsx/read-workbook.js"));
  const errors = require(path.resolve(dist, "xlsx/errors.js"));
  process.on("message", async (file) => {
    const result = await timedRead(reader.readWorkbookBuffer, fs.readFileSync(file), errors);
    process.send(result.snapshot ? { ...result, snapshot: withLongTextsDigested(result.snapshot) } : result);
  });
}

const LONG_TEXT = 2000;

/**
 * Long texts as their length and digest: a cell's text is sent to the parent once per cell, and a file that
 * points 12,000 cells at one 1 MB shared string (Apache POI's poc-shared-strings.xlsx) would send 12 GB.
 */
function withLongTextsDigested(snapshot) {
  const digest = (text) =>
    typeof text === "string" && text.length > LONG_TEXT ? `[${text.length} chars, sha1 ${crypto.createHash("sha1").update(text).digest("hex")}]` : text;
  const cell = (c) => (typeof c.value === "string" && c.value.length > LONG_TEXT) || c.text.length > LONG_TEXT ? { ...c, value: digest(c.value), text: digest(c.text) } : c;
  return { sheets: snapshot.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map((row) => row.map(cell)) })) };
}

class ReaderProcess {
  constructor(dist, timeoutSeconds) {
    this.dist = dist;
    this.timeoutMs = timeoutSeconds * 1000;
    this.child = null;
  }

  read(file) {
    if (!this.child) this.child = fork(__filename, ["--serve", this.dist], { serialization: "advanced", execArgv: ["--max-old-space-size=2048"] });
    const child = this.child;
    return new Promise((resolve) => {
      const done = (result) => {
        clearTimeout(timer);
        child.off("message", done);
        child.off("exit", exited);
        resolve(result);
      };
      const exited = (code, signal) => {
        this.child = null;
        done({ snapshot: null, failure: { name: "process exit", unusable: false, message: `exit ${code ?? signal}` }, cpuMs: 0 });
      };
      const timer = setTimeout(() => {
        child.off("exit", exited);
        child.kill("SIGKILL");
        this.child = null;
        done({ snapshot: null, failure: { name: "timeout", unusable: false, message: `no answer in ${this.timeoutMs / 1000} s` }, cpuMs: 0 });
      }, this.timeoutMs);
      child.on("message", done);
      child.on("exit", exited);
      child.send(file);
    });
  }

  stop() {
    this.child?.kill();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.serve) return serve(options.serve);
  const oldReader = new ReaderProcess(options.old, options.timeout);
  const newReader = new ReaderProcess(options.current, options.timeout);
  const files = listWorkbooks(options.inputs);
  const differences = new Differences(options.examples);
  const outcomes = new Map();
  const origins = new Map();
  const cpu = { old: 0, new: 0, bothRead: { old: 0, new: 0 } };
  const perFile = [];
  let identical = 0;
  for (const file of files) {
    if (options.progress) process.stderr.write(`${file}\n`);
    const origin = savedBy(fs.readFileSync(file));
    origins.set(origin, (origins.get(origin) ?? 0) + 1);
    const before = await oldReader.read(file);
    const after = await newReader.read(file);
    cpu.old += before.cpuMs;
    cpu.new += after.cpuMs;
    const outcome = `${describe(before.failure)} | ${describe(after.failure)}`;
    const list = outcomes.get(outcome) ?? [];
    list.push({ file, old: before.failure?.message, new: after.failure?.message });
    outcomes.set(outcome, list);
    const record = { file, origin, oldMs: before.cpuMs, newMs: after.cpuMs, outcome, differences: 0 };
    if (before.snapshot && after.snapshot) {
      cpu.bothRead.old += before.cpuMs;
      cpu.bothRead.new += after.cpuMs;
      const counted = new Differences(0);
      compareWorkbooks(file, before.snapshot, after.snapshot, counted);
      compareWorkbooks(file, before.snapshot, after.snapshot, differences);
      record.differences = [...counted.byKind.values()].reduce((sum, entry) => sum + entry.count, 0);
      if (record.differences === 0) identical++;
    }
    perFile.push(record);
  }
  oldReader.stop();
  newReader.stop();
  report({ files, origins, outcomes, differences, cpu, identical, perFile }, options);
}

function describe(failure) {
  if (!failure) return "read";
  return failure.unusable ? "UnusableInputError" : `crash ${failure.name}`;
}

function report({ files, origins, outcomes, differences, cpu, identical, perFile }, options) {
  const lines = [];
  lines.push(`${files.length} workbooks; saved by:`);
  for (const [origin, count] of [...origins].sort((x, y) => y[1] - x[1])) lines.push(`  ${String(count).padStart(5)}  ${origin}`);
  lines.push("", "outcomes (old | new):");
  for (const [outcome, list] of outcomes) {
    lines.push(`  ${String(list.length).padStart(5)}  ${outcome}`);
    if (outcome !== "read | read") for (const item of list.slice(0, 12)) lines.push(`           ${path.basename(item.file)}: ${item.old ?? "-"} | ${item.new ?? "-"}`);
  }
  lines.push("", `both read: ${identical} identical snapshots; differences by kind (count, files):`);
  for (const [kind, entry] of [...differences.byKind].sort((x, y) => y[1].count - x[1].count)) {
    lines.push(`  ${String(entry.count).padStart(7)} ${String(entry.files.size).padStart(4)}  ${kind}`);
    for (const example of entry.examples) {
      lines.push(`           ${path.basename(example.file)} ${example.where}: ${JSON.stringify(example.old)} → ${JSON.stringify(example.new)}`);
    }
    if (options.pairs && entry.pairs.size > 1) {
      const top = [...entry.pairs].sort((x, y) => y[1] - x[1]).slice(0, options.pairs);
      lines.push(`           ${entry.pairs.size} distinct old → new, most frequent:`, ...top.map(([pair, count]) => `             ${String(count).padStart(6)}  ${pair}`));
    }
  }
  lines.push("", `CPU ms (a timed-out read counts 0), all files: old ${cpu.old.toFixed(0)}, new ${cpu.new.toFixed(0)}; files both read: old ${cpu.bothRead.old.toFixed(0)}, new ${cpu.bothRead.new.toFixed(0)}`);
  console.log(lines.join("\n"));
  if (options.json) {
    const kinds = Object.fromEntries(
      [...differences.byKind].map(([kind, entry]) => [kind, { count: entry.count, files: [...entry.files], examples: entry.examples, pairs: Object.fromEntries(entry.pairs) }]),
    );
    fs.writeFileSync(options.json, JSON.stringify({ perFile, kinds, outcomes: Object.fromEntries(outcomes), cpu }, null, 1));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
