/** The text a French Excel displays for a value in a number format (the part of it the simulator needs). */
import type { CellValue } from "../../src/domain/snapshot";
import { isExcelError } from "../../src/domain/snapshot";

function frenchNumber(n: number, decimals: number | null): string {
  const fixed = decimals === null ? String(Number(n.toPrecision(10))) : n.toFixed(decimals);
  return fixed.replace(".", ",");
}

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

function dateText(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (isExcelError(value)) return value.error;
  if (numberFormat === "General" || numberFormat === "@") return frenchNumber(value, null);
  if (numberFormat.includes("%")) {
    const space = /\s%/.exec(numberFormat)?.[0].slice(0, -1) ?? "";
    return `${frenchNumber(value * 100, decimalsOf(numberFormat))}${space}%`;
  }
  if (/[dmy]/i.test(numberFormat.replace(/"[^"]*"/g, ""))) return dateText(value);
  return frenchNumber(value, decimalsOf(numberFormat));
}
