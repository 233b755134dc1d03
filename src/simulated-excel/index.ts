/**
 * A strict simulated Excel host for the Office.js adapter's tests and for the playground (no Node APIs
 * here; `seed-from-file.ts` is the one Node-only entry).
 *
 * Modelled as Excel does it: properties readable only after load + sync (else PropertyNotLoaded);
 * commands queued and run in order at sync; *OrNullObject with isNullObject; proxies bound on first use
 * (a sheet fetched by name stays the same after a rename); strings written to values/formulas become
 * formulas ("=…", "+x", "-x"), numbers ("+5", "-3", "42") or percentages ("94%") unless the cell is
 * formatted "@" or the string starts with an apostrophe; the 5 MB request/response limit of Excel on the
 * web (rejects, applies nothing); a runtime error keeps the commands that ran before it (as Excel does);
 * protected sheets reject writes with AccessDenied; an injected failure on the nth sync; a fill-less cell
 * reads as "#FFFFFF" with pattern "None"; worksheet.getRanges("A1:B2,D4") gives a RangeAreas whose format
 * writes every area (borders per area), its address list counted once in the request. Every sync is
 * logged with its request and response bytes.
 *
 * Notes are kept on cells (set by a test with `decorateCell`, or `notes.add`); of the notes API (ExcelApi
 * 1.18) only add and getCount are modelled. Threaded comments (ExcelApi 1.10) are kept on their sheet:
 * add, getCount and a load of their items (objects/comments.ts); a person adds one with `userComment`.
 *
 * Not modelled: calculation (a written formula has no value), number formats beyond %, decimals and dates
 * in displayed text, conditional formats, tables, names, events other than onChanged, onAdded, onDeleted and onNameChanged (events.ts).
 */
export { SimulatedExcel, PAYLOAD_LIMIT_BYTES, type SyncRecord, type SimPlatform, type SimOptions } from "./host";
export { SimError, type SimErrorCode } from "./errors";
export { SimulatedOfficeContext } from "./office-environment";
export { simulateWorkbook, modelFromSnapshot, DEFAULT_TAG_KEY } from "./seed";
export * from "./inspect";
export { decorateCell, type CellDecoration } from "./decorate";
export { type DataChangeType, type EventSource, type EventTriggerSource, type SimChangedEventArgs, type SimEventArgs, type SimSheetEventArgs } from "./events";
