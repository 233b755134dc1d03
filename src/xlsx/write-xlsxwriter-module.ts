/**
 * Loads wasm-xlsxwriter's Node build. It is an ES module; Node ≥ 20.19 can require() it, but a test
 * runner's own module loader (jest's, which also stands in for `node:module`) cannot, so it is loaded
 * through Node's real `require`, taken from Node itself with process.getBuiltinModule.
 */
import type * as XlsxWriter from "wasm-xlsxwriter";

export type XlsxWriterModule = typeof XlsxWriter;

let loaded: XlsxWriterModule | null = null;

function nodeRequire(): NodeRequire {
  const nodeModule = process.getBuiltinModule?.("node:module") as typeof import("node:module") | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const createRequire = nodeModule?.createRequire ?? (require("node:module") as typeof import("node:module")).createRequire;
  return createRequire(__filename);
}

export function loadXlsxWriter(): XlsxWriterModule {
  loaded ??= nodeRequire()("wasm-xlsxwriter/nodejs") as XlsxWriterModule;
  return loaded;
}
