/** A1 addresses, 1-based rows and columns. */

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** "'Indicateurs 2021'!D11": a sheet name quoted as Excel wants it in a reference. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}
