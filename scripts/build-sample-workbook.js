#!/usr/bin/env node
/**
 * Builds samples/classeur-qualite-2021.xlsx: a prefecture's quality workbook as a ministry
 * workbook lays it out, holding the seed's 2021 table (seed/000_5defe8fec235d35d.txt), the 2020
 * results the seed implies, and the 2021 monthly call figures.
 * Everything in it is right except the seed's own entry error: the target "0,00" of
 * "Délai d'information des élus en temps de crise".
 *
 * Usage: node scripts/build-sample-workbook.js [output.xlsx]
 */
"use strict";

const path = require("path");
const ExcelJS = require("exceljs");

const OUTPUT = process.argv[2] || path.join(__dirname, "..", "samples", "classeur-qualite-2021.xlsx");
const FIXED_DATE = new Date(Date.UTC(2022, 0, 17, 9, 0, 0));

const PERCENT = "0 %";
const RATE = "0.0 %";
const THOUSANDS = "# ##0";

const COLORS = {
  title: "FF1F3864",
  headerFill: "FF1F3864",
  headerText: "FFFFFFFF",
  themeFill: "FFDDEBF7",
  totalFill: "FFF2F2F2",
  border: "FF8EA9C1",
};

const FONT = { name: "Calibri", size: 11 };
const THIN = { style: "thin", color: { argb: COLORS.border } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The seed's 2021 table and monthly calls, written once: samples/seed-2021.json (the tests read it too). */
const SEED = require("../samples/seed-2021.json");

/** A value of the seed as the workbook holds it: "94 %" a number in a % cell, "0,00" a number in a 0.00 cell. */
function asHeld(value) {
  if (value === "") return [undefined, undefined];
  if (typeof value !== "string") return [value, undefined];
  const percent = /^(\d+) %$/.exec(value);
  if (percent) return [Number(percent[1]) / 100, PERCENT];
  const decimals = /^(\d+),(\d\d)$/.exec(value);
  if (decimals) return [Number(`${decimals[1]}.${decimals[2]}`), "0.00"];
  return [value, undefined];
}

/** A thématique is merged over the rows below it that name none. */
function spanOf(rows, index) {
  let span = 1;
  while (index + span < rows.length && rows[index + span][0] === "") span += 1;
  return span;
}

const ROWS_2021 = SEED.rows.map(([theme, name, result, target, comment], index) => {
  const [resultValue, resultFormat] = asHeld(result);
  const [targetValue, targetFormat] = asHeld(target);
  const span = theme === "" ? 1 : spanOf(SEED.rows, index);
  return {
    ...(theme === "" ? {} : { theme }),
    ...(span > 1 ? { span } : {}),
    name,
    result: resultValue,
    ...(resultFormat ? { resultFormat } : {}),
    ...(targetValue === undefined ? {} : { target: targetValue }),
    ...(targetFormat ? { targetFormat } : {}),
    ...(comment === "" ? {} : { comment }),
  };
});

/** 2020: module 1 only (module 7 was taken in 2021), with the results the seed's comments imply. */
const ROWS_2020 = [
  {
    theme: "Accueil téléphonique",
    name: "Taux d'appels aboutis",
    result: 0.95, resultFormat: PERCENT,
    target: ">90 %",
    comment: "Taux supérieur à la moyenne nationale",
  },
  {
    theme: "Site IDE et réseaux sociaux", span: 2,
    name: "Taux de connexion au site",
    result: 0.19, resultFormat: PERCENT,
    target: 0.05, targetFormat: PERCENT,
    comment: "Très bon taux de fréquentation",
  },
  {
    name: "Taux d'engagements sur les réseaux sociaux",
    result: 0.07, resultFormat: PERCENT,
    target: 0.02, targetFormat: PERCENT,
    comment: "Très bon taux d'engagement, nombreuses publications liées à la crise sanitaire",
  },
  {
    theme: "Accueil au PAN",
    name: "Nombre d'utilisateurs au PAN",
    result: "5 usagers par jour",
    comment: "Fréquentation réduite par les périodes de confinement",
  },
  {
    theme: "Courriels", span: 2,
    name: "Taux de réponse sous 5 jours",
    result: 0.98, resultFormat: PERCENT,
    target: "> 80 %",
  },
  {
    name: "Délai de réponse dans les 5 jours",
    result: "1,4 jours",
    target: "5 jours",
    comment: "Bonne réactivité des services dans les réponses apportées aux usagers",
  },
];

/** 2021 calls per month: the year totals 15 860 received and 14 921 answered (94,08 %). */
const MONTHS = SEED.months;

const INDICATOR_HEADER = ["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"];
const INDICATOR_WIDTHS = [30, 48, 20, 18, 70];
const HEADER_ROW = 3;

function styleHeader(row) {
  row.height = 22;
  row.eachCell((cell) => {
    cell.font = { ...FONT, bold: true, color: { argb: COLORS.headerText } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: COLORS.headerFill } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = BOX;
  });
}

function addTitle(sheet, text, subtitle, lastColumn) {
  sheet.mergeCells(1, 1, 1, lastColumn);
  const title = sheet.getCell(1, 1);
  title.value = text;
  title.font = { ...FONT, bold: true, size: 16, color: { argb: COLORS.title } };
  title.alignment = { vertical: "middle" };
  sheet.getRow(1).height = 28;
  sheet.mergeCells(2, 1, 2, lastColumn);
  const sub = sheet.getCell(2, 1);
  sub.value = subtitle;
  sub.font = { ...FONT, italic: true, color: { argb: "FF595959" } };
}

function addIndicatorSheet(workbook, year, rows, closing) {
  const sheet = workbook.addWorksheet(`Indicateurs ${year}`, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = INDICATOR_WIDTHS.map((width) => ({ width }));
  addTitle(sheet, `BILAN QUALITE ${year}`, `Démarche Qual-e-pref\u00a0: indicateurs de l'année ${year}`, INDICATOR_HEADER.length);
  sheet.getRow(HEADER_ROW).values = INDICATOR_HEADER;
  styleHeader(sheet.getRow(HEADER_ROW));

  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(HEADER_ROW + 1 + index);
    excelRow.values = [row.theme ?? null, row.name, row.result, row.target ?? null, row.comment ?? null];
    excelRow.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column > INDICATOR_HEADER.length) return;
      cell.border = BOX;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: column === 3 || column === 4 ? "center" : "left" };
    });
    if (row.resultFormat) excelRow.getCell(3).numFmt = row.resultFormat;
    if (row.targetFormat) excelRow.getCell(4).numFmt = row.targetFormat;
    const themeCell = excelRow.getCell(1);
    if (row.theme) {
      themeCell.font = { ...FONT, bold: true };
      themeCell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: COLORS.themeFill } };
    }
  });
  rows.forEach((row, index) => fitRowHeight(sheet.getRow(HEADER_ROW + 1 + index), row));
  rows.forEach((row, index) => {
    if (row.span && row.span > 1) {
      const top = HEADER_ROW + 1 + index;
      sheet.mergeCells(top, 1, top + row.span - 1, 1);
    }
  });

  const closingRow = HEADER_ROW + rows.length + 2;
  sheet.mergeCells(closingRow, 1, closingRow, INDICATOR_HEADER.length);
  const closingCell = sheet.getCell(closingRow, 1);
  closingCell.value = closing;
  closingCell.font = { ...FONT, italic: true };
  closingCell.alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(closingRow).height = 20;
  return sheet;
}

/** Row height for wrapped text (Excel and LibreOffice do not re-fit rows written by a program). */
function fitRowHeight(excelRow, row) {
  const texts = [row.theme && !row.span ? row.theme : "", row.name, String(row.result), String(row.target ?? ""), row.comment ?? ""];
  const lines = texts.map((text, column) => Math.ceil(text.length / (INDICATOR_WIDTHS[column] * 0.95)) || 1);
  excelRow.height = 15 * Math.max(...lines) + 3;
}

function addTelephonySheet(workbook) {
  const sheet = workbook.addWorksheet("Téléphonie 2021", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 16 }, { width: 16 }, { width: 16 }, { width: 12 }];
  sheet.getRow(1).values = ["Mois", "Appels reçus", "Appels aboutis", "Taux"];
  styleHeader(sheet.getRow(1));
  MONTHS.forEach(([month, received, answered], index) => {
    const rowNumber = index + 2;
    const row = sheet.getRow(rowNumber);
    row.values = [month, received, answered, { formula: `C${rowNumber}/B${rowNumber}`, result: answered / received }];
    styleFigures(row);
  });
  const totalNumber = MONTHS.length + 2;
  const last = totalNumber - 1;
  const totalReceived = MONTHS.reduce((sum, [, received]) => sum + received, 0);
  const totalAnswered = MONTHS.reduce((sum, [, , answered]) => sum + answered, 0);
  const total = sheet.getRow(totalNumber);
  total.values = [
    "Total",
    { formula: `SUM(B2:B${last})`, result: totalReceived },
    { formula: `SUM(C2:C${last})`, result: totalAnswered },
    { formula: `C${totalNumber}/B${totalNumber}`, result: totalAnswered / totalReceived },
  ];
  styleFigures(total);
  total.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: COLORS.totalFill } };
    cell.border = { ...BOX, top: { style: "medium", color: { argb: COLORS.headerFill } } };
  });
  return { sheet, totalReceived, totalAnswered };
}

function styleFigures(row) {
  row.eachCell((cell, column) => {
    cell.border = BOX;
    if (column === 2 || column === 3) cell.numFmt = THOUSANDS;
    if (column === 4) cell.numFmt = RATE;
    cell.alignment = { horizontal: column === 1 ? "left" : "right" };
  });
}

async function build() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Responsable qualité";
  workbook.lastModifiedBy = "Responsable qualité";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = "Bilan qualité 2021";

  addIndicatorSheet(
    workbook,
    2021,
    ROWS_2021,
    SEED.closing,
  );
  addIndicatorSheet(workbook, 2020, ROWS_2020, "Globalement les cibles des indicateurs sont atteintes");
  const { totalReceived, totalAnswered } = addTelephonySheet(workbook);
  if (totalReceived !== 15860 || totalAnswered !== 14921) {
    throw new Error(`telephony totals are ${totalReceived}/${totalAnswered}, expected 15860/14921`);
  }
  await workbook.xlsx.writeFile(OUTPUT);
  process.stdout.write(`Classeur d'exemple écrit\u00a0: ${path.relative(process.cwd(), OUTPUT)}\n`);
}

build().catch((error) => {
  process.stderr.write(`Impossible d'écrire le classeur d'exemple\u00a0: ${error.message}\n`);
  process.exitCode = 1;
});
