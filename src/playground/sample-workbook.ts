/**
 * The sample workbook, read at build time in Node by the project's file reader and embedded in the
 * bundle by webpack's DefinePlugin (see webpack.playground.config.js), so the browser needs no exceljs.
 */
import type { WorkbookSnapshot } from "../domain/snapshot";

declare const __SAMPLE_WORKBOOK__: { readonly fileName: string; readonly snapshot: WorkbookSnapshot };

export const SAMPLE_WORKBOOK = __SAMPLE_WORKBOOK__;
