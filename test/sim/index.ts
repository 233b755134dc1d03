export { SimulatedExcel, PAYLOAD_LIMIT_BYTES, type ExcelRun, type SyncRecord } from "./host";
export { SimError, type SimErrorCode } from "./errors";
export { simulateWorkbook, modelFromSnapshot, DEFAULT_TAG_KEY } from "./seed";
export * from "./inspect";
