/**
 * Issue 8, point 3 (the words) — every way Excel can fail reaches the pane as one French sentence that
 * says what happened and what to do: through the adapter (createWorkbookOperations) and then the pane's
 * own reading of a failure (describeFailure).
 */
import { createExcelOperations } from "../../src/excel/excel-operations";
import { EXCEL_MESSAGES, type ExcelFailureCode } from "../../src/excel/messages";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import type { ExcelRun } from "../../src/port";
import { describeFailure } from "../../src/taskpane/errors";

/** What Office.js rejects with: OfficeExtension.Error, an English message and a code. */
function officeError(code: string): Error {
  return Object.assign(new Error(`The operation failed because of ${code}.`), { name: "RichApi.Error", code, debugInfo: { code } });
}

const failingWith = (error: unknown): ExcelRun => () => Promise.reject(error);
const SETTINGS = { year: null, tolerance: 0 };

/** Imperatives a user can act on. */
const WHAT_TO_DO = /\b(Réessayez|Ôtez|Ouvrez|Relancez|validez|annulez|rouvrez|déplacez|signalez)\b/i;
const ENGLISH = /\b(the|failed|because|error|undefined|cannot|property)\b/i;

const CASES: [string, unknown, ExcelFailureCode][] = [
  ["a co-author's conflicting edit (Conflict)", officeError("Conflict"), "Conflict"],
  ["a co-author's conflicting edit (EditConflict)", officeError("EditConflict"), "Conflict"],
  ["a co-author's inserted or deleted rows (InsertDeleteConflict)", officeError("InsertDeleteConflict"), "Conflict"],
  ["a response past 5 MB (ResponsePayloadSizeLimitExceeded)", officeError("ResponsePayloadSizeLimitExceeded"), "RequestPayloadSizeLimitExceeded"],
  ["a range past 5,000,000 cells (RangeExceedsLimit)", officeError("RangeExceedsLimit"), "RequestPayloadSizeLimitExceeded"],
  ["a protected sheet (AccessDenied)", officeError("AccessDenied"), "AccessDenied"],
  ["the 5 MB payload limit", officeError("RequestPayloadSizeLimitExceeded"), "RequestPayloadSizeLimitExceeded"],
  ["a sheet removed meanwhile (ItemNotFound)", officeError("ItemNotFound"), "ItemNotFound"],
  ["a sheet of the same name added meanwhile", officeError("ItemAlreadyExists"), "ItemAlreadyExists"],
  ["a cell being edited", officeError("InvalidOperationInCellEditMode"), "InvalidOperationInCellEditMode"],
  ["an error Excel does not explain (GeneralException)", officeError("GeneralException"), "Unknown"],
  ["a fault of the add-in itself (TypeError)", new TypeError("Cannot read properties of undefined (reading 'items')"), "Unexpected"],
  ["something thrown that is not an Error", "boom", "Unexpected"],
];

describe("Excel's failures reach the pane as French sentences saying what to do", () => {
  it.each(CASES)("after %s", async (_label, thrown, code) => {
    const failure = await createWorkbookOperations(failingWith(thrown)).generateReport(SETTINGS).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    const shown = describeFailure(failure);
    expect(shown.message).toBe(EXCEL_MESSAGES[code]);
    expect(shown.kind).toBe("excel");
  });

  it("when the pane runs outside Excel", async () => {
    const failure = await createExcelOperations().analyze(SETTINGS).catch((error: unknown) => error);
    expect(describeFailure(failure).message).toBe(EXCEL_MESSAGES.NotInExcel);
  });

  it.each(Object.entries(EXCEL_MESSAGES))("the %s message is French, says what to do, and puts a no-break space before « : ; ? »", (_code, message) => {
    expect(message).toMatch(WHAT_TO_DO);
    expect(message).not.toMatch(ENGLISH);
    expect(message).not.toMatch(/ [:;?!]/);
    expect(message).toMatch(/\.$/);
  });
});
