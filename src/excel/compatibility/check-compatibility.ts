/** The compatibility check: what Office says about itself, then the round trip on a temporary hidden sheet. */
import type { CompatibilityReport, ExcelRun, OfficeEnvironment } from "../../port";
import { applicationItem, requirementSetItems } from "./environment";
import { roundTripItems } from "./round-trip";

/** A name no user sheet bears (31 characters at most, none of : \ / ? * [ ]). */
export function temporarySheetName(random: () => number = Math.random): string {
  return `BQ vérification ${Math.floor(random() * 36 ** 6).toString(36).padStart(6, "0")}`;
}

export async function checkCompatibility(run: ExcelRun, office: OfficeEnvironment, sheetName = temporarySheetName()): Promise<CompatibilityReport> {
  const items = [applicationItem(office), ...requirementSetItems(office)];
  items.push(...(await run((context) => roundTripItems(context, sheetName))));
  return { items };
}
