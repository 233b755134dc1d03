/**
 * Compile-time check that the simulator's proxies match @types/office-js for the members the adapter
 * uses: a change of shape on either side breaks `tsc`, not a test run in Excel.
 */
import type { RangeProxy, RangeAreasProxy } from "./objects/range";
import type { DataValidationProxy } from "./objects/data-validation";
import type { WorksheetCollectionProxy, WorksheetProxy } from "./objects/worksheets";
import type { RangeFormatProxy, RangeFillProxy, RangeFontProxy } from "./objects/format";
import type { SettingCollectionProxy, SettingProxy, WorkbookProxy } from "./objects/workbook";
import type { CommentCollectionProxy, CommentProxy } from "./objects/comments";
import type { NoteCollectionProxy } from "./objects/notes";
import type { FunctionResultProxy, FunctionsProxy } from "./objects/functions";
import type { CustomPropertyProxy, FreezePanesProxy, PageLayoutProxy, ProtectionProxy } from "./objects/sheet-parts";

type Conforms<Sim, Real, Keys extends keyof Real & keyof Sim> = {
  [K in Keys]: Sim[K] extends (...args: infer A) => unknown
    ? Real[K] extends (...args: A) => unknown
      ? true
      : false
    : [Sim[K]] extends [Real[K]]
      ? true
      : Real[K] extends Sim[K]
        ? true
        : false;
};

/** Compiles only when every member conforms: `Record<keyof T, true>` accepts no `false`. */
function conforms<T extends Record<keyof T, true>>(): void {}

conforms<Conforms<RangeProxy, Excel.Range, "address" | "rowCount" | "columnCount" | "rowIndex" | "columnIndex" | "text" | "valueTypes" | "select" | "merge" | "getCell" | "delete" | "getSpecialCellsOrNullObject">>();
conforms<Conforms<DataValidationProxy, Excel.DataValidation, "type" | "clear">>();
conforms<Conforms<RangeAreasProxy, Excel.RangeAreas, "address" | "areaCount" | "cellCount" | "isNullObject">>();
conforms<Conforms<WorksheetProxy, Excel.Worksheet, "id" | "name" | "position" | "showGridlines" | "activate" | "delete" | "getRangeByIndexes" | "getRanges" | "getNextOrNullObject">>();
conforms<Conforms<WorksheetCollectionProxy, Excel.WorksheetCollection, "getFirst" | "getItemOrNullObject">>();
conforms<Conforms<RangeFormatProxy, Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "horizontalAlignment" | "verticalAlignment">>();
conforms<Conforms<RangeFillProxy, Excel.RangeFill, "color" | "clear">>();
conforms<Conforms<RangeFontProxy, Excel.RangeFont, "bold" | "italic" | "size" | "name" | "color" | "underline">>();
conforms<Conforms<WorkbookProxy, Excel.Workbook, "name">>();
conforms<Conforms<SettingCollectionProxy, Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject">>();
conforms<Conforms<SettingProxy, Excel.Setting, "key" | "value" | "delete">>();
conforms<Conforms<CustomPropertyProxy, Excel.WorksheetCustomProperty, "key" | "value" | "delete">>();
conforms<Conforms<FreezePanesProxy, Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze">>();
conforms<Conforms<PageLayoutProxy, Excel.PageLayout, "setPrintTitleRows">>();
conforms<Conforms<ProtectionProxy, Excel.WorksheetProtection, "protected">>();
conforms<Conforms<CommentCollectionProxy, Excel.CommentCollection, "getCount">>();
conforms<Conforms<CommentProxy, Excel.Comment, "id" | "content" | "authorName" | "resolved">>();
conforms<Conforms<NoteCollectionProxy, Excel.NoteCollection, "getCount">>();
conforms<Conforms<FunctionsProxy, Excel.Functions, "date">>();
conforms<Conforms<FunctionResultProxy, Excel.FunctionResult<number>, "value" | "error">>();
