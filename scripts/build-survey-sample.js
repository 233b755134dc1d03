#!/usr/bin/env node
/**
 * Builds samples/enquete-satisfaction-2021.xlsx: a small quality workbook holding a 2021 indicator
 * table with a satisfaction rate, and the raw answers of the 2020 and 2021 satisfaction surveys as a
 * form tool exports them (one row per respondent, answers spelled as people type them, a site
 * column, dates, comments). The answers are drawn from fixed proportions by a seeded generator,
 * so the file is the same on every run.
 *
 * Usage: node scripts/build-survey-sample.js [output.xlsx]
 */
"use strict";

const path = require("path");
const ExcelJS = require("exceljs");

const OUTPUT = process.argv[2] || path.join(__dirname, "..", "samples", "enquete-satisfaction-2021.xlsx");
const FIXED_DATE = new Date(Date.UTC(2022, 0, 17, 9, 0, 0));

/** A small linear congruential generator: the same answers on every run. */
function generator(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Picks a value from [value, weight] pairs. */
const pick = (random, choices) => {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [value, weight] of choices) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return choices[choices.length - 1][0];
};

const SATISFACTION = (top, good, low, bottom) => [
  ["Très satisfait", top * 0.8], ["TRÈS SATISFAIT", top * 0.1], ["Très satisfaite", top * 0.1],
  ["Plutôt satisfait", good * 0.6], ["Plutot satisfait ", good * 0.2], ["Satisfait", good * 0.2],
  ["Plutôt pas satisfait", low * 0.7], ["Peu satisfait", low * 0.3],
  ["Pas du tout satisfait", bottom * 0.6], ["Insatisfait", bottom * 0.4],
];

const QUESTIONS = [
  { header: "Êtes-vous satisfait de l'accueil et de l'information téléphonique ?", answers: (y) => [...SATISFACTION(y === 2021 ? 62 : 55, 34, 3, 1), ["Sans avis", 4]] },
  { header: "L'agent d'accueil s'est-il présenté ?", answers: () => [["Oui", 88], ["oui", 2], ["Non", 10], ["Ne sait pas", 3]] },
  { header: "Êtes-vous satisfait du délai de réponse à votre courriel ?", answers: () => [...SATISFACTION(8, 7, 3, 2), ["Non concerné", 100]] },
  {
    header: "Les informations données étaient claires",
    answers: () => [["Tout à fait d'accord", 52], ["Plutôt d'accord", 36], ["Plutot pas d'accord", 8], ["Pas du tout d'accord", 4]],
  },
  { header: "Note du temps d'attente au guichet (de 1 à 5)", answers: () => [[5, 30], [4, 35], [3, 20], [2, 10], [1, 5], ["NSP", 5]] },
  {
    header: "Globalement, êtes-vous satisfait de l'accueil de la préfecture ?",
    answers: (y) => SATISFACTION(y === 2021 ? 58 : 50, 37, 4, 1),
  },
];

const SITES = [["Préfecture", 70], ["PAN", 35], ["BMI", 15]];
const COMMENTS = [
  "Accueil aimable, merci.",
  "Attente un peu longue au guichet, mais personnel très disponible.",
  "Difficile de joindre le standard le lundi matin.",
  "Les explications sur le dossier de titre de séjour étaient claires.",
];

function surveySheet(book, year, respondents, seed) {
  const sheet = book.addWorksheet(`Réponses enquête ${year}`);
  const random = generator(seed);
  sheet.addRow(["N°", "Date", "Site", ...QUESTIONS.map((q) => q.header), "Commentaire"]);
  const firstDay = Date.UTC(year, 2, 1);
  for (let n = 1; n <= respondents; n++) {
    const date = new Date(firstDay + Math.floor(random() * 60) * 86_400_000);
    const answers = QUESTIONS.map((q) => pick(random, q.answers(year)));
    const comment = random() < 0.15 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : null;
    sheet.addRow([n, date, pick(random, SITES), ...answers, comment]);
  }
  sheet.getColumn(2).numFmt = "dd/mm/yyyy";
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  sheet.columns.forEach((column, index) => (column.width = index < 3 ? 12 : 30));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return sheet;
}

function indicatorSheet(book) {
  const sheet = book.addWorksheet("Indicateurs 2021");
  sheet.addRow(["BILAN QUALITE 2021"]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow(["Thématique", "Indicateur", "Résultat", "Cible", "Commentaire"]).font = { bold: true };
  sheet.addRow(["Accueil téléphonique", "Taux d'appels aboutis", 0.94, ">90 %", ""]);
  sheet.addRow(["Enquête de satisfaction", "Taux de satisfaction des usagers", 0.95, "", "Question « Globalement… » de l'enquête 2021"]);
  for (const row of [4, 5]) sheet.getCell(`C${row}`).numFmt = "0 %";
  sheet.columns.forEach((column, index) => (column.width = [26, 40, 12, 12, 50][index]));
  return sheet;
}

async function main() {
  const book = new ExcelJS.Workbook();
  book.creator = "Bilan Qualité";
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  indicatorSheet(book);
  surveySheet(book, 2021, 120, 2021);
  surveySheet(book, 2020, 96, 2020);
  await book.xlsx.writeFile(OUTPUT);
  process.stdout.write(`${OUTPUT}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
