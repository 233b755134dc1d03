/** Errors shaped like OfficeExtension.Error: a code Excel uses and an English message. */

export type SimErrorCode =
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "AccessDenied"
  | "Conflict"
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
