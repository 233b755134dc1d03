/** Turns whatever an operation threw into a French message the pane can show. */
import { WorkbookNotUsableError } from "../port";
import { STRINGS } from "./strings";

export type FailureKind = "not_usable" | "excel" | "unexpected";

export interface Failure {
  readonly kind: FailureKind;
  readonly message: string;
}

/** Office.js errors (OfficeExtension.Error) carry an English message and a stable code. */
function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  const isOffice = (error as { name?: unknown }).name === "RichApi.Error" || "debugInfo" in error;
  return isOffice && typeof code === "string" ? code : null;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof WorkbookNotUsableError || (error instanceof Error && error.name === "WorkbookNotUsableError")) {
    return { kind: "not_usable", message: error.message };
  }
  const code = officeErrorCode(error);
  if (code !== null) {
    const known = STRINGS.errors.excelCodes[code];
    return { kind: "excel", message: known ?? `${STRINGS.errors.excelPrefix} (${code}).` };
  }
  if (error instanceof Error && error.message.trim() !== "") {
    return { kind: "excel", message: error.message };
  }
  return { kind: "unexpected", message: STRINGS.errors.unknown };
}
