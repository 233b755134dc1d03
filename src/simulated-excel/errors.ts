/**
 * Errors shaped like OfficeExtension.Error: a code Excel uses and an English message. The codes are those
 * of Excel.ErrorCodes (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling): co-authoring gives
 * `Conflict` and `InsertDeleteConflict` (there is no `EditConflict` or `MergeConflict`).
 */

export type SimErrorCode =
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "GeneralException"
  | "AccessDenied"
  | "Conflict"
  | "InsertDeleteConflict"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  // Excel.ErrorCodes.apiNotFound: an API of a requirement set the host does not support
  // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes).
  | "ApiNotFound";

export class SimError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: SimErrorCode; readonly message: string };

  constructor(
    readonly code: SimErrorCode,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(property: string, type: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/**
 * A method call, a property set or a navigation (a child object, a range, a collection) queued on an object
 * that turns out, at sync, to be a null object. Microsoft documents the *OrNullObject methods only as returning
 * an object whose `isNullObject` is true "if the specified item doesn't exist"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
 * nothing says what a call on it does before the sync tells it is null. The simulator takes the harsher reading:
 * the sync fails, with GeneralException (no code is documented either). Loading its properties and reading
 * `isNullObject` stay fine.
 */
export function nullObjectCall(type: string): SimError {
  return new SimError("GeneralException", `There was an internal error while processing the request (a call on a null ${type}).`);
}
