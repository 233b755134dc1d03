/** The sheet list with each sheet's tag, when no snapshot read has given it already: two syncs. */
import type { SheetListing } from "./read-snapshot";
import { TAG_PROPERTY } from "./tag";

export async function listSheets(context: Excel.RequestContext): Promise<SheetListing[]> {
  const collection = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  await context.sync();
  const tags = collection.items.map((worksheet) => worksheet.customProperties.getItemOrNullObject(TAG_PROPERTY).load("value"));
  await context.sync();
  return collection.items.map((worksheet, index) => ({
    id: worksheet.id,
    name: worksheet.name,
    visible: worksheet.visibility === "Visible",
    tag: tags[index].isNullObject ? null : String(tags[index].value),
  }));
}
