import { entryText, readZip, textEntry, writeZip } from "../../src/xlsx/write-zip";
import { withRowBreaks } from "../../src/xlsx/write-page-breaks";
import { withTagContentTypes, withTagElement, withTagRelationship } from "../../src/xlsx/write-sheet-tags";

describe("the zip rewriter", () => {
  it("reads back what it wrote, texts and names with accents included", () => {
    const zip = writeZip([textEntry("a.xml", "<a/>"), textEntry("dossier/é.txt", "Synthèse 2021 ".repeat(50))]);
    const entries = readZip(zip);
    expect(entries.map((entry) => entry.name)).toEqual(["a.xml", "dossier/é.txt"]);
    expect(entries.map(entryText)).toEqual(["<a/>", "Synthèse 2021 ".repeat(50)]);
  });

  it("refuses bytes that are not a zip", () => {
    expect(() => readZip(Buffer.from("pas un zip, assurément pas un zip"))).toThrow(/not a zip/);
  });
});

describe("withRowBreaks", () => {
  it.each([
    ["<worksheet><pageSetup/><drawing r:id=\"rId1\"/></worksheet>", "<pageSetup/><rowBreaks"],
    ["<worksheet><pageSetup/></worksheet>", "<pageSetup/><rowBreaks"],
  ])("puts the breaks where the schema wants them in %s", (xml, expected) => {
    const result = withRowBreaks(xml, [33]);
    expect(result).toContain(expected);
    expect(result).toContain('<brk id="32" max="16383" man="1"/>');
    expect(result.indexOf("<rowBreaks")).toBeLessThan(result.indexOf("</worksheet>"));
  });

  it("sorts the breaks, drops duplicates and the first row", () => {
    expect(withRowBreaks("<worksheet></worksheet>", [40, 1, 20, 40])).toBe(
      '<worksheet><rowBreaks count="2" manualBreakCount="2"><brk id="19" max="16383" man="1"/><brk id="39" max="16383" man="1"/></rowBreaks></worksheet>',
    );
  });

  it("leaves a sheet without breaks untouched", () => {
    expect(withRowBreaks("<worksheet></worksheet>", [])).toBe("<worksheet></worksheet>");
  });
});

describe("the sheet tag parts", () => {
  it("puts the custom property after the page breaks and before the drawing", () => {
    const xml = withTagElement(withRowBreaks('<worksheet><pageSetup/><drawing r:id="rId1"/></worksheet>', [10]));
    expect(xml).toMatch(/<\/rowBreaks><customProperties><customPr name="BilanQualite" r:id="rIdBilanQualiteTag"\/><\/customProperties><drawing/);
  });

  it("adds the relationship to existing ones, or creates the relationships part", () => {
    expect(withTagRelationship("<Relationships><Relationship Id=\"rId1\"/></Relationships>", 2)).toBe(
      '<Relationships><Relationship Id="rId1"/><Relationship Id="rIdBilanQualiteTag" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty" Target="../customPropertyBilanQualite2.bin"/></Relationships>',
    );
    expect(withTagRelationship(null, 1)).toContain('Target="../customPropertyBilanQualite1.bin"/></Relationships>');
  });

  it("declares the value parts' content type", () => {
    expect(withTagContentTypes("<Types></Types>", [1])).toBe(
      '<Types><Override PartName="/xl/customPropertyBilanQualite1.bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty"/></Types>',
    );
  });
});
