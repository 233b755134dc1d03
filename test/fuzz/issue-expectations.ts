/** What every issue must carry: a severity agreeing with its code, a French message, and a place. */
import { parseA1 } from "../../src/domain/address";
import { ISSUE_SEVERITY, type Issue } from "../../src/domain/issues";

function expectWellFormed(issue: Issue): void {
  expect(ISSUE_SEVERITY).toHaveProperty([issue.code]);
  expect(issue.severity).toBe(ISSUE_SEVERITY[issue.code]);
  expect(typeof issue.message).toBe("string");
  expect(issue.message.trim()).not.toBe("");
}

/** An issue about a workbook names one of its sheets and an A1 cell inside Excel's grid. */
export function expectLocatedInWorkbook(issue: Issue, sheetNames: readonly string[]): void {
  expectWellFormed(issue);
  expect(sheetNames).toContain(issue.sheet);
  const address = issue.cell === null ? null : parseA1(issue.cell);
  expect(address).not.toBeNull();
  expect(address!.row).toBeGreaterThanOrEqual(1);
  expect(address!.row).toBeLessThanOrEqual(1_048_576);
  expect(address!.column).toBeGreaterThanOrEqual(1);
  expect(address!.column).toBeLessThanOrEqual(16_384);
}

/** An issue about a text names a 1-based line of that text. */
export function expectLocatedInText(issue: Issue, lineCount: number): void {
  expectWellFormed(issue);
  expect(Number.isInteger(issue.line)).toBe(true);
  expect(issue.line).toBeGreaterThanOrEqual(1);
  expect(issue.line).toBeLessThanOrEqual(Math.max(1, lineCount));
}

/** Lines as any reasonable reader would count them (\r\n, \n and a lone \r all end a line). */
export const countLines = (text: string): number => text.split(/\r\n|\n|\r/).length;

/** Every number anywhere in a value is finite (JSON would silently turn NaN and Infinity into null). */
export function expectOnlyFiniteNumbers(value: unknown, path = "$"): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`non-finite number ${value} at ${path}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => expectOnlyFiniteNumbers(item, `${path}[${index}]`));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) expectOnlyFiniteNumbers(item, `${path}.${key}`);
  }
}
