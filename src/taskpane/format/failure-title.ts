/** The title over a failure's message: an unusable workbook is information about it, anything else an error. */
import type { Failure } from "../errors";
import { STRINGS } from "../strings";

export function failureTitle(failure: Failure): string {
  return failure.kind === "not_usable" ? STRINGS.errors.notUsableTitle : STRINGS.errors.title;
}
