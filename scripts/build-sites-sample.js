#!/usr/bin/env node
/**
 * Builds samples/classeur-qualite-sites-2019-2022.xlsx: a prefecture with a sous-préfecture, four
 * years of indicators (one sheet per year, 2019–2022) and the 2022 call figures of two telephony
 * sites (one sheet each). Results computed in the workbook are formulas saved with their cached
 * values, as Excel saves them: the 2022 call-answer rate adds up both sites' sheets, and the share
 * of e-mails left unanswered is a formula whose cached value is 0.
 *
 * Usage: node scripts/build-sites-sample.js [output.xlsx]
 */
"use strict";

const path = require("path");
const ExcelJS = require("exceljs");

const OUTPUT = process.argv[2] || path.join(__dirname, "..", "samples", "classeur-qualite-sites-2019-2022.xlsx");
const FIXED_DATE = new Date(Date.UTC(2023, 0, 16, 9, 0, 0));
const PERCENT = "0 %";
const FONT = { name: "Calibri", size: 11 };
const NAVY = "FF1F3864";
const THIN = { style: "thin", color: { argb: "FF8EA9C1" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** 2022 calls per month and per site: [received, answered]. */
const SITES = [
  {
    sheet: "Standard préfecture 2022",
    months: [[1620, 1545], [1480, 1409], [1575, 1502], [1390, 1330], [1345, 1290], [1410, 1352], [1230, 1166], [1010, 951], [1530, 1462], [1495, 1430], [1440, 1377], [1320, 1262]],
  },
  {
    sheet: "Téléphonie Mauriac 2022",
    months: [[310, 262], [295, 251], [320, 275], [280, 241], [270, 236], [290, 252], [240, 203], [190, 158], [305, 266], [300, 262], [285, 247], [260, 224]],
  },
];
const MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

const total = (index) => SITES.reduce((sum, site) => sum + site.months.reduce((s, month) => s + month[index], 0), 0);
const CALL_RATE_2022 = total(1) / total(0);

/** name, theme, target, then the results of 2019, 2020, 2021, 2022 (a number in a % cell, or text). */
const INDICATORS = [
  ["Accueil téléphonique", "Taux d'appels aboutis", ">90 %", [0.88, 0.91, 0.92, "calls"]],
  [null, "Taux d'appels perdus", "< 10 %", [0.12, 0.09, 0.08, "lost"]],
  ["Site internet et réseaux sociaux", "Taux de connexion au site", 0.05, [0.12, 0.15, 0.19, 0.18]],
  [null, "Taux d'engagement sur les réseaux sociaux", 0.02, [0.04, 0.06, 0.05, 0.03]],
  ["Accueil au PAN", "Nombre d'utilisateurs au PAN", null, ["3 usagers par jour", "5 usagers par jour", "6 usagers par jour", "7 usagers par jour"]],
  ["Courriels", "Taux de réponse sous 5 jours", "> 80 %", [0.78, 0.85, 0.92, 1]],
  [null, "Taux de courriels sans réponse", "< 5 %", [0.06, 0.04, 0.02, "unanswered"]],
  [null, "Délai de réponse", "5 jours", ["3 jours", "2,5 jours", "1,4 jours", "1,5 jours"]],
  ["Enquête de satisfaction", "Taux de satisfaction", "≥ 90 %", [0.91, 0.93, 0.95, 0.96]],
];
const YEARS = [2019, 2020, 2021, 2022];
const HEADER_ROW = 3;
const WIDTHS = [30, 44, 16, 14];

function sumOf(sheet, column) {
  return `SUM('${sheet}'!${column}2:${column}13)`;
}

/** The 2022 results computed in the workbook, as formulas with Excel's cached values. */
function formulaResult(kind, row) {
  const received = SITES.map((site) => sumOf(site.sheet, "B")).join("+");
  const answered = SITES.map((site) => sumOf(site.sheet, "C")).join("+");
  if (kind === "calls") return { formula: `(${answered})/(${received})`, result: CALL_RATE_2022 };
  if (kind === "lost") return { formula: `1-C${row - 1}`, result: 1 - CALL_RATE_2022 };
  // The reply rate two rows up is 100 %: Excel saves this formula's result as <v>0</v>.
  return { formula: `1-C${row - 1}`, result: 0 };
}

function styleHeader(row) {
  row.height = 22;
  row.eachCell((cell) => {
    cell.font = { ...FONT, bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: NAVY } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = BOX;
  });
}

function addYearSheet(workbook, year, index) {
  const sheet = workbook.addWorksheet(`Indicateurs ${year}`, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, 4);
  sheet.getCell(1, 1).value = `BILAN QUALITE ${year}`;
  sheet.getCell(1, 1).font = { ...FONT, bold: true, size: 16, color: { argb: NAVY } };
  sheet.getRow(HEADER_ROW).values = ["Thématique", "Indicateur", "Résultat", "Cible"];
  styleHeader(sheet.getRow(HEADER_ROW));
  INDICATORS.forEach(([theme, name, target, results], offset) => {
    const rowNumber = HEADER_ROW + 1 + offset;
    const result = results[index];
    const value = typeof result === "string" && !/\s/.test(result) ? formulaResult(result, rowNumber) : result;
    const row = sheet.getRow(rowNumber);
    row.values = [theme, name, value, target];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column > 4) return;
      cell.border = BOX;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: column >= 3 ? "center" : "left" };
    });
    if (typeof result !== "string" || !/\s/.test(result)) row.getCell(3).numFmt = PERCENT;
    if (typeof target === "number") row.getCell(4).numFmt = PERCENT;
    if (theme) row.getCell(1).font = { ...FONT, bold: true };
  });
}

function addSiteSheet(workbook, site) {
  const sheet = workbook.addWorksheet(site.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 16 }, { width: 16 }, { width: 16 }, { width: 12 }];
  sheet.getRow(1).values = ["Mois", "Appels reçus", "Appels aboutis", "Taux"];
  styleHeader(sheet.getRow(1));
  site.months.forEach(([received, answered], index) => {
    const rowNumber = index + 2;
    sheet.getRow(rowNumber).values = [`${MONTH_NAMES[index]} 2022`, received, answered, { formula: `C${rowNumber}/B${rowNumber}`, result: answered / received }];
    sheet.getRow(rowNumber).getCell(4).numFmt = "0.0 %";
  });
  const received = site.months.reduce((sum, [r]) => sum + r, 0);
  const answered = site.months.reduce((sum, [, a]) => sum + a, 0);
  const totalRow = sheet.getRow(14);
  totalRow.values = ["Total", { formula: "SUM(B2:B13)", result: received }, { formula: "SUM(C2:C13)", result: answered }, { formula: "C14/B14", result: answered / received }];
  totalRow.font = { ...FONT, bold: true };
  totalRow.getCell(4).numFmt = "0.0 %";
}

async function build() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Responsable qualité";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = "Bilan qualité 2019-2022";
  [...YEARS].reverse().forEach((year) => addYearSheet(workbook, year, YEARS.indexOf(year)));
  SITES.forEach((site) => addSiteSheet(workbook, site));
  await workbook.xlsx.writeFile(OUTPUT);
  process.stdout.write(`Classeur d'exemple écrit\u00a0: ${path.relative(process.cwd(), OUTPUT)}\n`);
}

build().catch((error) => {
  process.stderr.write(`Impossible d'écrire le classeur d'exemple\u00a0: ${error.message}\n`);
  process.exitCode = 1;
});
