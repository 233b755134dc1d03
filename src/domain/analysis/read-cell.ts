/** Reading a result or target cell, with the issues its content raises (unreadable, Excel error, formula-like text). */
import { issueAt, type Issue } from "../issues";
import type { CellRef } from "../tables";
import { parseResult, parseTarget, type ParsedResult, type ParsedTarget } from "../values";
import { ANALYSIS_MESSAGES, type CellRole } from "./messages";

export interface ReadCell<P> {
  readonly parsed: P;
  readonly issues: readonly Issue[];
}

export interface CellContext {
  readonly sheet: string;
  readonly indicator: string;
}

export function readResultCell(ref: CellRef, context: CellContext, role: CellRole = "result"): ReadCell<ParsedResult> {
  const parsed = parseResult(ref.cell);
  return { parsed, issues: contentIssues(parsed, ref, context, role) };
}

export function readTargetCell(ref: CellRef, context: CellContext): ReadCell<ParsedTarget> {
  const parsed = parseTarget(ref.cell);
  return { parsed, issues: contentIssues(parsed, ref, context, "target") };
}

function contentIssues(parsed: ParsedResult | ParsedTarget, ref: CellRef, context: CellContext, role: CellRole): Issue[] {
  const at = (code: Parameters<typeof issueAt>[0], message: string): Issue =>
    issueAt(code, { sheet: context.sheet, cell: ref.address, indicator: context.indicator }, message);
  if (parsed.kind === "excel_error") return [at("EXCEL_ERROR", ANALYSIS_MESSAGES.excelError(role, context.indicator, parsed.raw))];
  if (parsed.kind !== "unreadable") return [];
  const issues: Issue[] = [];
  if (role === "result" || role === "target") {
    const code = role === "result" ? "RESULT_UNREADABLE" : "TARGET_UNREADABLE";
    issues.push(at(code, ANALYSIS_MESSAGES.unreadable(role, context.indicator, parsed.raw)));
  }
  if (parsed.formulaLike) issues.push(at("FORMULA_LIKE_TEXT", ANALYSIS_MESSAGES.formulaLike(role, context.indicator, parsed.raw)));
  return issues;
}
