import { sheetNames, simSheet, simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const workbook = () => simulateWorkbook(workbookOf(sheetOf("Synthèse 2021", [["Bilan"]]), sheetOf("Notes", [["x"]])));

describe("threaded comments in the simulator, as Excel.CommentCollection (ExcelApi 1.10) documents them", () => {
  it("adds a comment to one cell through workbook.comments (full address) or worksheet.comments, and counts them per sheet and for the workbook", async () => {
    const excel = workbook();
    const counts = await excel.run(async (context) => {
      context.workbook.comments.add("'Synthèse 2021'!B3", "Pourquoi cette baisse ?");
      const sheet = context.workbook.worksheets.getItem("Synthèse 2021");
      sheet.comments.add(sheet.getRange("C4"), "Chiffre à vérifier");
      const onSheet = sheet.comments.getCount();
      const onOther = context.workbook.worksheets.getItem("Notes").comments.getCount();
      const inWorkbook = context.workbook.comments.getCount();
      await context.sync();
      return [onSheet.value, onOther.value, inWorkbook.value];
    });
    expect(counts).toEqual([2, 0, 2]);
    expect(simSheet(excel, "Synthèse 2021").comments.map((comment) => [comment.row, comment.column, comment.content])).toEqual([
      [3, 2, "Pourquoi cette baisse ?"],
      [4, 3, "Chiffre à vérifier"],
    ]);
  });

  it("refuses a comment on more than one cell, or a string address without its sheet, with InvalidArgument", async () => {
    for (const address of ["'Synthèse 2021'!A1:B2", "A1"]) {
      const context = workbook().newContext();
      context.workbook.comments.add(address, "trop large");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("loads the comments' content and author, and reads a count only after the sync", async () => {
    const excel = workbook();
    excel.userComment("Synthèse 2021", "A1", "Vu en COPIL", "Claire Martin");
    const context = excel.newContext();
    const comments = context.workbook.comments.load("items/content,items/authorName");
    const count = context.workbook.comments.getCount();
    expect(() => count.value).toThrow();
    await context.sync();
    expect(comments.items.map((comment) => [comment.content, comment.authorName])).toEqual([["Vu en COPIL", "Claire Martin"]]);
  });

  it("keeps a sheet's comments through a rename and drops them with the sheet", async () => {
    const excel = workbook();
    excel.userComment("Synthèse 2021", "A1", "Vu en COPIL");
    excel.userComment("Synthèse 2021", "A1", "Réponse", "Paul Durand");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Synthèse 2021").name = "Synthèse 2021 (annotée)";
      await context.sync();
    });
    expect(simSheet(excel, "Synthèse 2021 (annotée)").comments).toMatchObject([{ content: "Vu en COPIL", replies: [{ content: "Réponse", authorName: "Paul Durand" }] }]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Synthèse 2021 (annotée)").delete();
      const count = context.workbook.comments.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
    expect(sheetNames(excel)).toEqual(["Notes"]);
  });

  it("moves comments down with the rows a person inserts above them", () => {
    const excel = workbook();
    excel.userComment("Synthèse 2021", "A3", "Ligne 3");
    excel.insertRows("Synthèse 2021", 2, 2);
    expect(simSheet(excel, "Synthèse 2021").comments.map((comment) => comment.row)).toEqual([5]);
  });

  it("moves comments up with the rows a person deletes above them, and drops those of the deleted rows", () => {
    const excel = workbook();
    excel.userComment("Synthèse 2021", "A2", "Ligne 2");
    excel.userComment("Synthèse 2021", "A5", "Ligne 5");
    excel.deleteRows("Synthèse 2021", 2, 2);
    expect(simSheet(excel, "Synthèse 2021").comments.map((comment) => [comment.content, comment.row])).toEqual([["Ligne 5", 3]]);
  });

  it("adds notes to one cell and counts them per sheet and for the workbook, as Excel.NoteCollection (ExcelApi 1.18)", async () => {
    const excel = workbook();
    const counts = await excel.run(async (context) => {
      context.workbook.notes.add("'Synthèse 2021'!B3", "Note");
      const sheet = context.workbook.worksheets.getItem("Notes");
      sheet.notes.add(sheet.getRange("A1"), "Autre note");
      const onSheet = sheet.notes.getCount();
      const inWorkbook = context.workbook.notes.getCount();
      await context.sync();
      return [onSheet.value, inWorkbook.value];
    });
    expect(counts).toEqual([1, 2]);
    const context = excel.newContext();
    context.workbook.notes.add("'Synthèse 2021'!A1:A2", "trop large");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
