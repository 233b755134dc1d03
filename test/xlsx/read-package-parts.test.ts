/**
 * The reader on packages written by hand, each part as some program writes it: what Excel and the standard
 * allow beyond the fixtures of excel-saved.test.ts (rows and cells without `r`, inline and escaped strings,
 * phonetic guides, ISO dates, a prefixed namespace, parts not named sheetN.xml, a chart sheet, cells a merge
 * covers that still hold a value, rows out of order).
 */
import JSZip from "jszip";
import { parseA1 } from "../../src/domain/address";
import { cellAt, type SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface HandSheet {
  readonly name: string;
  readonly path: string;
  readonly xml: string;
  readonly type?: string;
  readonly state?: string;
}

async function handWorkbook(sheets: readonly HandSheet[], parts: Record<string, string> = {}, workbookPr = ""): Promise<Buffer> {
  const zip = new JSZip();
  const list = sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${list}</sheets></workbook>`);
  const rels = sheets.map((sheet, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${sheet.type ?? "worksheet"}" Target="${sheet.path}"/>`);
  if (parts["xl/sharedStrings.xml"]) rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (parts["xl/styles.xml"]) rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  for (const sheet of sheets) zip.file(`xl/${sheet.path}`, sheet.xml);
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const sheetXml = (data: string, after = ""): string => `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${data}</sheetData>${after}</worksheet>`;

function at(sheet: SheetSnapshot, address: string) {
  const { row, column } = parseA1(address)!;
  return cellAt(sheet, row, column);
}

describe("readWorkbookBuffer on parts as other programs write them", () => {
  it("numbers rows and cells written without `r` one after the other", async () => {
    const xml = sheetXml('<row><c t="inlineStr"><is><t>Indicateur</t></is></c><c><v>1</v></c></row><row><c><v>2</v></c><c r="C2"><v>3</v></c><c><v>4</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }]))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "B1").value, at(sheet, "A2").value, at(sheet, "C2").value, at(sheet, "D2").value]).toEqual(["Indicateur", 1, 2, 3, 4]);
  });

  it("reads escaped characters, leaves out phonetic guides and keeps rich text whole", async () => {
    const strings =
      `<sst xmlns="${MAIN}"><si><t>Ligne 1_x000D__x000A_Ligne 2</t></si><si><t>_x005F_x0041_</t></si>` +
      `<si><r><t>Taux </t></r><r><rPr><b/></rPr><t xml:space="preserve">d'appels </t></r><r><t>aboutis</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>`;
    const xml = sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Délai_x0009_moyen</t><rPh><t>x</t></rPh></is></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], { "xl/sharedStrings.xml": strings }))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "B1").value, at(sheet, "C1").value, at(sheet, "D1").value]).toEqual([
      "Ligne 1\r\nLigne 2",
      "_x0041_",
      "Taux d'appels aboutis",
      "Délai\tmoyen",
    ]);
  });

  it("reads an ISO date cell (`t=\"d\"`) as its serial number, the same in a 1904 workbook", async () => {
    const xml = sheetXml('<row r="1"><c r="A1" t="d"><v>2021-01-01</v></c><c r="B1" t="d"><v>2021-01-01T12:00:00</v></c></row>');
    for (const workbookPr of ["", '<workbookPr date1904="true"/>']) {
      const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], {}, workbookPr))).sheets;
      expect([at(sheet, "A1").value, at(sheet, "B1").value]).toEqual([44197, 44197.5]);
    }
  });

  it("reads an ISO time of day without a date (`t=\"d\"`, `10:10:10`) as its fraction of a day", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="21"/></cellXfs></styleSheet>`;
    const xml = sheetXml('<row r="1"><c r="A1" s="1" t="d"><v>10:10:10</v></c><c r="B1" s="1" t="d"><v>23:44:51.894</v></c><c r="C1" t="d"><v>T06:00</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], { "xl/styles.xml": styles }))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "A1").text, at(sheet, "C1").value]).toEqual([(10 * 3600 + 10 * 60 + 10) / 86400, "10:10:10", 0.25]);
    expect(at(sheet, "B1").value).toBeCloseTo((23 * 3600 + 44 * 60 + 51.894) / 86400, 12);
  });

  it("reads an inline-string cell written with `<v>` instead of `<is>`, and prefers `<is>` when both are there", async () => {
    // As Apache POI's test files 52575_main.xlsx and duplicate-filename.xlsx hold it; calamine's inlineStr_with_value.xlsx has both.
    const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><f>B1</f><v t="inlineStr">POI rocks!</v></c><c r="B1" t="inlineStr"><is><t>ID</t></is><v>1.0</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }]))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "A1").formula, at(sheet, "B1").value]).toEqual(["POI rocks!", "=B1", "ID"]);
  });

  it("unescapes a formula's cached text as Excel escapes it (`_x000D_` for a carriage return)", async () => {
    // As Excel for Mac 16 wrote `="abc"&CAR(13)&CAR(10)&"def"` (SheetJS test_files, crlf/crlf.xlsx).
    const xml = sheetXml('<row r="1"><c r="A1" t="str"><f>"abc"&amp;CHAR(13)&amp;CHAR(10)&amp;"def"</f><v>abc_x000D_\ndef</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }]))).sheets;
    expect(at(sheet, "A1").value).toBe("abc\r\ndef");
  });

  it("reads text written as CDATA sections, as Excel does", async () => {
    // https://github.com/tafia/calamine/issues/648: such a file opens in Excel with its texts.
    const strings = `<sst xmlns="${MAIN}"><si><t><![CDATA[Taux <d'appels>]]></t></si></sst>`;
    const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Hello ]]>CDATA</t></is></c><c r="B1" t="s"><v>0</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], { "xl/sharedStrings.xml": strings }))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "B1").value]).toEqual(["Hello CDATA", "Taux <d'appels>"]);
  });

  it("leaves out rows and columns past Excel's grid (row 0, row 2^40, column XFE): no cell can be there", async () => {
    // Apache POI's test files: a LibreOffice-like writer's `<row r="0">`, a fuzzed `<row r="231999999999940">`.
    const xml = sheetXml(
      '<row r="0"><c r="A0"><v>0</v></c></row><row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row><row r="1099511627776"><c r="B1099511627776"><v>3</v></c></row>',
    );
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }]))).sheets;
    expect([sheet.origin, sheet.cells.map((row) => row.map((cell) => cell.value))]).toEqual([{ row: 1, column: 1 }, [[1]]]);
  });

  it("moves a 1904 workbook's dates, written `date1904=\"true\"` as LibreOffice does, and not its other numbers", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="46"/></cellXfs></styleSheet>`;
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>42735</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1"><v>42735</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], { "xl/styles.xml": styles }, '<workbookPr date1904="true"/>'))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "A1").text, at(sheet, "B1").value, at(sheet, "B1").text, at(sheet, "C1").value]).toEqual([44197, "01/01/2021", 1.5, "36:00:00", 42735]);
  });

  it("keeps the 1904 date system of Excel 2013 and later, whose `x15:workbookPr` in the extension list says nothing of it", async () => {
    // As Excel 16 writes it (SheetJS test_files, 1904/1904.xlsx): the second workbookPr, in another namespace, has no date1904.
    const X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main";
    const workbook =
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="F" sheetId="1" r:id="rId1"/></sheets>` +
      `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${X15}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>42735</v></c></row>');
    const bytes = await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], { "xl/styles.xml": styles, "xl/workbook.xml": workbook });
    const [sheet] = (await readWorkbookBuffer(bytes)).sheets;
    expect([at(sheet, "A1").value, at(sheet, "A1").text]).toEqual([44197, "01/01/2021"]);
  });

  it("takes the number formats of cell styles from `numFmts`, not from the differential formats of conditional formatting", async () => {
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>` +
      `<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.000"/></dxf></dxfs></styleSheet>`;
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>0.942</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }], { "xl/styles.xml": styles }))).sheets;
    expect([at(sheet, "A1").numberFormat, at(sheet, "A1").text]).toEqual(["0.0%", "94,2%"]);
  });

  it("reads a sheet whose elements carry a namespace prefix, in a part not named sheetN.xml", async () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Cible</x:t></x:is></x:c><x:c r="C2"><x:v>0.9</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "Données", path: "worksheets/donnees.xml", xml }]))).sheets;
    expect([sheet.name, sheet.origin, at(sheet, "B2").value, at(sheet, "C2").value]).toEqual(["Données", { row: 2, column: 2 }, "Cible", 0.9]);
  });

  it("reads a package whose entries are named with backslashes (`xl\\workbook.xml`), as Excel and LibreOffice open it", async () => {
    // https://github.com/PHPOffice/PhpSpreadsheet/issues/3472 (a user's file); PhpSpreadsheet's Zip-Windows-Directory-Separator.xlsx.
    const source = await JSZip.loadAsync(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml: sheetXml('<row r="1"><c r="A1"><v>94</v></c></row>') }]));
    const windows = new JSZip();
    for (const [name, entry] of Object.entries(source.files)) if (!entry.dir) windows.file(name.replace(/\//g, "\\"), await entry.async("uint8array"));
    const [sheet] = (await readWorkbookBuffer(await windows.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }))).sheets;
    expect([sheet.name, at(sheet, "A1").value]).toEqual(["F", 94]);
  });

  it("finds the workbook part where the package's relationships say (`_rels/.rels`), not only at xl/workbook.xml", async () => {
    // SheetJS test_files wtf_path.xlsx (wtf/workbook.xml) and PhpSpreadsheet's rootZipFiles.xlsx (workbook.xml at the root).
    const zip = new JSZip();
    zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="book/main.xml"/></Relationships>`);
    zip.file("book/main.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Données" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.file("book/_rels/main.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="sheets/one.xml"/></Relationships>`);
    zip.file("book/sheets/one.xml", sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Indicateur</t></is></c></row>'));
    const [sheet] = (await readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }))).sheets;
    expect([sheet.name, at(sheet, "A1").value]).toEqual(["Données", "Indicateur"]);
  });

  it("reads parts written in UTF-16 big-endian, with or without a byte-order mark (XML 1.0, appendix F)", async () => {
    // PhpSpreadsheet's utf16be.xlsx and utf16be.bom.xlsx: their workbook part is UTF-16BE.
    const xml = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Délai</t></is></c></row>');
    for (const mark of [[], [0xfe, 0xff]]) {
      const zip = await JSZip.loadAsync(await handWorkbook([{ name: "Année", path: "worksheets/sheet1.xml", xml }]));
      const workbook = Buffer.from(await zip.file("xl/workbook.xml")!.async("string"), "utf16le").swap16();
      zip.file("xl/workbook.xml", Buffer.concat([Buffer.from(mark), workbook]));
      const [sheet] = (await readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }))).sheets;
      expect([sheet.name, at(sheet, "A1").value]).toEqual(["Année", "Délai"]);
    }
  });

  it("leaves a chart sheet out and keeps a hidden sheet, hidden", async () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const snapshot = await readWorkbookBuffer(
      await handWorkbook([
        { name: "Graphique", path: "chartsheets/sheet1.xml", xml: "<chartsheet/>", type: "chartsheet" },
        { name: "Cachée", path: "worksheets/sheet1.xml", xml, state: "hidden" },
      ]),
    );
    expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.visible])).toEqual([["Cachée", false]]);
  });

  it("shows nothing in the cells a merged area covers, even when the file keeps a value there", async () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>', '<mergeCells><mergeCell ref="A1:B2"/></mergeCells>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }]))).sheets;
    expect([at(sheet, "A1").value, at(sheet, "B1").value, at(sheet, "A2").value, sheet.merges]).toEqual([1, null, null, [{ top: 1, left: 1, bottom: 2, right: 2 }]]);
  });

  it("puts rows and cells written out of order back in order", async () => {
    const xml = sheetXml('<row r="3"><c r="B3"><v>6</v></c><c r="A3"><v>5</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>');
    const [sheet] = (await readWorkbookBuffer(await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml }]))).sheets;
    expect(sheet.cells.map((row) => row.map((cell) => cell.value))).toEqual([[1, null], [null, null], [5, 6]]);
  });

  it("refuses a sheet whose XML is broken with the French message, not the parser's", async () => {
    const bytes = await handWorkbook([{ name: "F", path: "worksheets/sheet1.xml", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></row>') }]);
    await expect(readWorkbookBuffer(bytes, { name: "bilan.xlsx" })).rejects.toThrow(/«\u00a0bilan\.xlsx\u00a0» est endommagé/);
  });
});
