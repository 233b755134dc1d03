"use strict";
/**
 * The sample workbook: the seed's 2021 table (DOMAIN.md), its 2020 results, and 2021's monthly calls.
 * It is the "1×" size the benchmark compares the large workbook with.
 */

const ExcelJS = require("exceljs");

const HEADER = ["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"];

const TABLE_2021 = [
  ["Accueil téléphonique", "Taux d'appels aboutis", "94 %", ">90 %"],
  ["Site IDE et réseaux sociaux", "Taux de connexion au site", "18 %", "5 %"],
  [null, "Taux d'engagements sur les réseaux sociaux", "5 %", "2 %"],
  ["Accueil au PAN", "Nombre d'utilisateurs au PAN", "6 usagers par jour", null],
  ["Courriels", "Taux de réponse sous 5 jours", "100 %", "> 80 %"],
  [null, "Délai de réponse dans les 5 jours", "1,5 jours", "5 jours"],
  ["Communication d'urgence en cas d'évènement majeur", "Nombre d'activation de la cellule de communication d'urgence opérationnelle", 14, null],
  [null, "Délai d'information des élus en temps de crise", "100 %", "0,00"],
  [null, "Nombre d'exercices réalisés", "4 exercices", "4 exercices/an"],
  [null, "Taux d'activation dans les délais annoncés de la CIP", "/", "100 % en 1 h"],
];

const RESULTS_2020 = ["95 %", "19 %", "7 %", null, null, "1,4 jours", null, null, null, null];

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

function writeTable(workbook, year, rows) {
  const sheet = workbook.addWorksheet(`Indicateurs ${year}`);
  sheet.getCell(1, 1).value = `BILAN QUALITE ${year}`;
  sheet.getRow(3).values = HEADER;
  rows.forEach((cells, index) => (sheet.getRow(4 + index).values = cells));
  sheet.mergeCells(5, 1, 6, 1);
  sheet.mergeCells(8, 1, 9, 1);
  sheet.mergeCells(10, 1, 13, 1);
}

/** The sample's sheets, added to an exceljs workbook. */
function addSampleSheets(workbook) {
  writeTable(workbook, 2021, TABLE_2021);
  writeTable(workbook, 2020, TABLE_2021.map(([theme, name, , target], index) => [theme, name, RESULTS_2020[index], target]));
  const calls = workbook.addWorksheet("Téléphonie 2021");
  calls.getRow(1).values = ["Mois", "Appels reçus", "Appels aboutis"];
  MONTHS.forEach((month, index) => (calls.getRow(2 + index).values = [month, 1320 + index * 10, 1240 + index * 9]));
  return workbook;
}

async function writeSampleWorkbook(path) {
  await addSampleSheets(new ExcelJS.Workbook()).xlsx.writeFile(path);
}

module.exports = { writeSampleWorkbook, addSampleSheets };
