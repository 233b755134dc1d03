"use strict";
/** Writes one site's daily call figures: a date column (real Excel dates) and received / answered columns. */

const MS_PER_DAY = 86400000;

function writeDailyTelephonySheet(workbook, site, firstYear, lastYear, random) {
  const sheet = workbook.addWorksheet(`Téléphonie ${site}`);
  sheet.getRow(1).values = ["Date", "Appels reçus", "Appels aboutis"];
  let row = 2;
  const end = Date.UTC(lastYear, 11, 31);
  for (let day = Date.UTC(firstYear, 0, 1); day <= end; day += MS_PER_DAY) {
    const received = random.integer(20, 400);
    const answered = Math.round(received * (0.8 + random.next() * 0.2));
    const dateCell = sheet.getCell(row, 1);
    dateCell.value = new Date(day);
    dateCell.numFmt = "dd/mm/yyyy";
    sheet.getCell(row, 2).value = received;
    sheet.getCell(row, 3).value = answered;
    row += 1;
  }
  return sheet;
}

module.exports = { writeDailyTelephonySheet };

/** All sites' daily call figures in one sheet, as a call-centre export gives them: Site | Date | Appels reçus | Appels aboutis. */
function writeSitesInOneSheet(workbook, sites, firstYear, lastYear, random) {
  const sheet = workbook.addWorksheet("Téléphonie");
  sheet.getRow(1).values = ["Site", "Date", "Appels reçus", "Appels aboutis"];
  let row = 2;
  const end = Date.UTC(lastYear, 11, 31);
  for (const site of sites) {
    for (let day = Date.UTC(firstYear, 0, 1); day <= end; day += MS_PER_DAY) {
      const received = random.integer(20, 400);
      const answered = Math.round(received * (0.8 + random.next() * 0.2));
      sheet.getCell(row, 1).value = site;
      const dateCell = sheet.getCell(row, 2);
      dateCell.value = new Date(day);
      dateCell.numFmt = "dd/mm/yyyy";
      sheet.getCell(row, 3).value = received;
      sheet.getCell(row, 4).value = answered;
      row += 1;
    }
  }
  return sheet;
}

module.exports.writeSitesInOneSheet = writeSitesInOneSheet;
