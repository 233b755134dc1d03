"use strict";
/** Writes one yearly indicator sheet in DOMAIN.md's layout: title rows, a header, thématique merged over its group. */

const { INDICATOR_KINDS, resultCell } = require("./indicator-kinds");

const HEADER = ["Thématique", "Indicateur", "Résultat", "Cible", "Commentaires"];
const HEADER_ROW = 3;

function setCell(sheet, row, column, content) {
  if (!content) return;
  const cell = sheet.getCell(row, column);
  cell.value = content.value;
  if (content.numFmt) cell.numFmt = content.numFmt;
}

/** Kinds grouped by thématique, in table order. */
function themeGroups() {
  const groups = [];
  for (const kind of INDICATOR_KINDS) {
    const last = groups[groups.length - 1];
    if (last && last.theme === kind.theme) last.kinds.push(kind);
    else groups.push({ theme: kind.theme, kinds: [kind] });
  }
  return groups;
}

/** Indicator rows: `count` indicators, the kinds repeated over numbered services. */
function indicatorRows(count) {
  const rows = [];
  for (let service = 1; rows.length < count; service += 1) {
    for (const group of themeGroups()) {
      const kinds = group.kinds.slice(0, count - rows.length);
      kinds.forEach((kind, index) =>
        rows.push({ kind, name: `${kind.name} – service ${service}`, theme: group.theme, groupStart: index === 0, groupSize: kinds.length }),
      );
      if (rows.length >= count) break;
    }
  }
  return rows;
}

function writeIndicatorSheet(workbook, year, count, random) {
  const sheet = workbook.addWorksheet(`Indicateurs ${year}`);
  sheet.getCell(1, 1).value = `BILAN QUALITE ${year}`;
  HEADER.forEach((title, index) => (sheet.getCell(HEADER_ROW, index + 1).value = title));
  indicatorRows(count).forEach((line, index) => {
    const row = HEADER_ROW + 1 + index;
    if (line.groupStart) {
      sheet.getCell(row, 1).value = line.theme;
      if (line.groupSize > 1) sheet.mergeCells(row, 1, row + line.groupSize - 1, 1);
    }
    sheet.getCell(row, 2).value = line.name;
    setCell(sheet, row, 3, resultCell(line.kind, random));
    setCell(sheet, row, 4, line.kind.target(random));
    if (random.chance(0.3)) sheet.getCell(row, 5).value = `Commentaire ${year} sur ${line.name.toLowerCase()}`;
  });
  return sheet;
}

module.exports = { writeIndicatorSheet, indicatorRows, HEADER_ROW };
