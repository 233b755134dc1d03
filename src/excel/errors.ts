/** Excel's errors (OfficeExtension.Error and its codes) become French messages for the pane. */
import { EXCEL_MESSAGES, type ExcelFailureCode } from "./messages";

export class ExcelOperationError extends Error {
  override readonly name = "ExcelOperationError";

  constructor(
    readonly code: ExcelFailureCode,
    message: string = EXCEL_MESSAGES[code],
  ) {
    super(message);
  }
}

const KNOWN: readonly ExcelFailureCode[] = [
  "AccessDenied",
  "Conflict",
  "RequestPayloadSizeLimitExceeded",
  "ItemNotFound",
  "InvalidOperationInCellEditMode",
  "ItemAlreadyExists",
];

/**
 * Co-authoring conflicts: Excel.ErrorCodes has `Conflict` and `InsertDeleteConflict`
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling); the older names are kept.
 */
const CONFLICT_CODES = new Set(["Conflict", "InsertDeleteConflict", "EditConflict", "MergeConflict"]);

/** Either 5 MB limit of Excel on the web (request: host code 5103, response: 5104) reads as one message. */
const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

export function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** Anything an Excel call threw, as an error whose message is French. Our own errors pass through. */
export function toFrenchError(error: unknown): Error {
  if (error instanceof ExcelOperationError) return error;
  if (error instanceof Error && error.name === "WorkbookNotUsableError") return error;
  if (error instanceof ReferenceError && /\b(Excel|Office)\b/.test(error.message)) return new ExcelOperationError("NotInExcel");
  const code = codeOf(error);
  if (code !== null && CONFLICT_CODES.has(code)) return new ExcelOperationError("Conflict");
  if (code !== null && PAYLOAD_CODES.has(code)) return new ExcelOperationError("RequestPayloadSizeLimitExceeded");
  if (code !== null && (KNOWN as readonly string[]).includes(code)) return new ExcelOperationError(code as ExcelFailureCode);
  if (code !== null) return new ExcelOperationError("Unknown");
  if (error instanceof ExcelLessError) return new ExcelOperationError("NotInExcel");
  // Anything else (a fault of ours) reaches the pane in French too; the original stays as the cause.
  const unexpected = new ExcelOperationError("Unexpected");
  unexpected.cause = error;
  return unexpected;
}

/** Thrown when Office.js is absent (the page runs outside Excel). */
export class ExcelLessError extends Error {
  override readonly name = "ExcelLessError";
}

/** Runs an operation and rethrows its failure in French. */
export async function inFrench<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toFrenchError(error);
  }
}
