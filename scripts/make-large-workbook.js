#!/usr/bin/env node
"use strict";
/**
 * Writes a large indicator workbook for the benchmark: about a hundred times the sample.
 * 10 yearly sheets (Indicateurs 2012 … 2021) of 600 indicators each, and 10 years of daily calls
 * for 5 sites: one sheet per site (Date | Appels reçus | Appels aboutis), or with `telephony: "one-sheet"`
 * all sites in one sheet (Site | Date | Appels reçus | Appels aboutis).
 *
 *   node scripts/make-large-workbook.js [out.xlsx] [--sample out-sample.xlsx]
 *
 * Without a path it writes into a fresh temporary directory and prints the path.
 */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { seededRandom } = require("./bench/workbook/random");
const { writeIndicatorSheet } = require("./bench/workbook/indicator-sheet");
const { writeDailyTelephonySheet, writeSitesInOneSheet } = require("./bench/workbook/telephony-sheet");
const { writeSampleWorkbook } = require("./bench/workbook/sample-workbook");

const DEFAULTS = Object.freeze({
  firstYear: 2012,
  lastYear: 2021,
  indicatorsPerYear: 600,
  sites: ["Aurillac", "Mauriac", "Saint-Flour", "Murat", "Maurs"],
  seed: 20211231,
  telephony: "per-site",
});

async function makeLargeWorkbook(outPath, options = {}) {
  const settings = { ...DEFAULTS, ...options };
  const random = seededRandom(settings.seed);
  const workbook = new ExcelJS.Workbook();
  for (let year = settings.lastYear; year >= settings.firstYear; year -= 1) {
    writeIndicatorSheet(workbook, year, settings.indicatorsPerYear, random);
  }
  if (settings.telephony === "one-sheet") writeSitesInOneSheet(workbook, settings.sites, settings.firstYear, settings.lastYear, random);
  else for (const site of settings.sites) writeDailyTelephonySheet(workbook, site, settings.firstYear, settings.lastYear, random);
  await workbook.xlsx.writeFile(outPath);
  return outPath;
}

function temporaryPath(name) {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-bench-")), name);
}

function parseArguments(argv) {
  const parsed = { outPath: null, samplePath: null };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === "--sample") parsed.samplePath = argv[++index] ?? null;
    else parsed.outPath = argv[index];
  }
  return parsed;
}

async function cli(argv) {
  const { outPath, samplePath } = parseArguments(argv);
  console.log(await makeLargeWorkbook(outPath ?? temporaryPath("classeur-volumineux.xlsx")));
  if (samplePath) {
    await writeSampleWorkbook(samplePath);
    console.log(samplePath);
  }
}

if (require.main === module) {
  cli(process.argv.slice(2)).catch((error) => {
    console.error(`Échec de la création du classeur : ${error.message}`);
    process.exitCode = 1;
  });
}

module.exports = { makeLargeWorkbook, writeSampleWorkbook, temporaryPath, DEFAULTS };
