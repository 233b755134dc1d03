"use strict";
/**
 * The benchmark's survey workbook: the sample's sheets (its 2021 and 2020 indicator tables, 2021's monthly
 * calls) and a 2021 satisfaction survey of 2,000 respondents × 30 questions (survey-sheet.js).
 */

const ExcelJS = require("exceljs");
const { seededRandom } = require("./random");
const { addSampleSheets } = require("./sample-workbook");
const { writeSurveySheet } = require("./survey-sheet");

const SURVEY_DEFAULTS = Object.freeze({ year: 2021, respondents: 2000, seed: 20210315 });

async function makeSurveyWorkbook(outPath, options = {}) {
  const settings = { ...SURVEY_DEFAULTS, ...options };
  const workbook = addSampleSheets(new ExcelJS.Workbook());
  writeSurveySheet(workbook, { year: settings.year, respondents: settings.respondents, random: seededRandom(settings.seed) });
  await workbook.xlsx.writeFile(outPath);
  return outPath;
}

module.exports = { makeSurveyWorkbook, SURVEY_DEFAULTS };
