/** The small indicator sheet the marks tests share, and the fill and font its user gave two cells. */
import type { SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

export const MARKS_SHEET = "Indicateurs 2021";
/** The workbook setting where the marks and each cell's original format are stored. */
export const MARKS_SETTING = "BilanQualite.marks";

/** C3 holds `c3` (unreadable by default, so « Marquer les cellules » has a cell to mark). */
export const marksWorkbook = (c3 = "beaucoup") =>
  workbookOf(
    sheetOf(MARKS_SHEET, [
      ["BILAN QUALITE 2021"],
      ["Thématique", "Indicateurs", "Résultat", "Cible"],
      ["Accueil", "Taux d'appels aboutis", c3, "> 90 %"],
      ["Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
      ["Accueil", "Taux de satisfaction", "80 %", "> 75 %"],
    ]),
  );

/** D4 and D5 carry the user's own fill and font, which a mark must give back exactly. */
export async function paintUserFormats(excel: SimulatedExcel): Promise<SimulatedExcel> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(MARKS_SHEET);
    sheet.getRange("D4").format.fill.color = "#DDEBF7";
    sheet.getRange("D4").format.font.color = "#1F4E78";
    sheet.getRange("D5").format.font.color = "#00B050";
  });
  return excel;
}
