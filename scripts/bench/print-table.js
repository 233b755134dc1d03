"use strict";
/** A plain text table: rows of [label, value, target], aligned. */

function printTable(title, rows) {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => String(row[column] ?? "").length)));
  const line = (row) => row.map((cell, column) => String(cell ?? "").padEnd(widths[column])).join("  ").trimEnd();
  return [title, "-".repeat(title.length), ...rows.map(line), ""].join("\n");
}

module.exports = { printTable };
