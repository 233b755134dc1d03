"use strict";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (value, decimals = 2) => (value === null || value === undefined ? null : Number(value.toFixed(decimals)));

module.exports = { median, round };
