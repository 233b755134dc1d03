/**
 * The sample workbook, read at build time in Node by the project's file reader and embedded in the
 * bundle by webpack's DefinePlugin (see webpack.playground.config.js), so the browser needs no exceljs.
 */
import type { WorkbookSnapshot } from "../domain/snapshot";

interface EmbeddedWorkbook {
  readonly fileName: string;
  readonly snapshot: WorkbookSnapshot;
}

declare const __SAMPLE_WORKBOOK__: EmbeddedWorkbook;
declare const __SITES_WORKBOOK__: EmbeddedWorkbook;

/** The sample the page's address asks for: `?classeur=sites` opens the two-site, four-year one. */
export function chosenSample(search: string): EmbeddedWorkbook {
  return new URLSearchParams(search).get("classeur") === "sites" ? __SITES_WORKBOOK__ : __SAMPLE_WORKBOOK__;
}
