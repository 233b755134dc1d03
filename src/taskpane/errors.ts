/**
 * Turns whatever an operation threw into a French message the pane can show. The adapters have already
 * put Excel's errors into French (one catalog: src/excel/messages.ts); the pane shows their words.
 */
import { WorkbookNotUsableError } from "../port";
import { STRINGS } from "./strings";

export type FailureKind = "not_usable" | "excel" | "unexpected";

export interface Failure {
  readonly kind: FailureKind;
  readonly message: string;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof WorkbookNotUsableError || (error instanceof Error && error.name === "WorkbookNotUsableError")) {
    return { kind: "not_usable", message: error.message };
  }
  // webpack's error when a chunk of the pane cannot be fetched: its English message is not for the user.
  if (error instanceof Error && error.name === "ChunkLoadError") return { kind: "unexpected", message: STRINGS.errors.notLoaded };
  if (error instanceof Error && error.message.trim() !== "") {
    return { kind: "excel", message: error.message };
  }
  return { kind: "unexpected", message: STRINGS.errors.unknown };
}
