import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { captureIo } from "../../src/cli/io";
import { readSheetParts } from "../../src/xlsx/read-generated-tags";
import { openPackage } from "../../src/xlsx/read/xlsx-package";

const SAMPLE = "samples/classeur-qualite-2021.xlsx";
const NBSP = "\u00A0";

async function generate(out: string): Promise<{ code: number; stdout: string }> {
  const io = captureIo();
  const code = await main(["generate", SAMPLE, "--out", out], io);
  return { code, stdout: io.out() };
}

/** Rewrites one part of the package at `file`. */
async function editPart(file: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  zip.file(part, edit((await zip.file(part)?.async("string")) ?? ""));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("generate --out over a report someone annotated", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "bq-annotated-"));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("writes each sheet's fingerprint beside its tag", async () => {
    const out = path.join(folder, "rapport.xlsx");
    expect((await generate(out)).code).toBe(0);
    const parts = readSheetParts(openPackage(await fs.readFile(out)));
    expect(parts.map((sheet) => [sheet.name, sheet.tag, /^1;\d+;\d+;[0-9a-f]{16}$/.test(sheet.fingerprint ?? "")])).toEqual([
      ["Synthèse 2021", "summary:2021", true],
      ["Contrôles 2021", "checks:2021", true],
      ["Affichage 2021", "public:2021", true],
      ["Plan d'actions", "action-plan:2021", true],
      ["Données graphiques 2021", "chart-data:2021", true],
    ]);
  });

  it("replaces a report nobody touched, as before", async () => {
    const out = path.join(folder, "rapport.xlsx");
    await generate(out);
    const again = await generate(out);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("annoté");
    expect(await fs.readdir(folder)).toEqual(["rapport.xlsx"]);
  });

  it("keeps an annotated report under « rapport (annotée).xlsx », says so in French, and writes the new one", async () => {
    const out = path.join(folder, "rapport.xlsx");
    await generate(out);
    // A COPIL member types over the summary's A4 (it now shows the title's text, shared string 0) and saves.
    await editPart(out, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/(<c r="A4"[^>]*>)<v>\d+<\/v>/, "$1<v>0</v>"));
    const annotated = await fs.readFile(out);
    const { code, stdout } = await generate(out);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Le rapport précédent «${NBSP}.*rapport\\.xlsx${NBSP}» avait été annoté depuis sa génération \\(Synthèse 2021${NBSP}: contenu modifié\\)${NBSP}: il est gardé sous «${NBSP}.*rapport \\(annotée\\)\\.xlsx${NBSP}», rien n'est perdu\\.\\n`));
    expect((await fs.readdir(folder)).sort()).toEqual(["rapport (annotée).xlsx", "rapport.xlsx"]);
    expect(await fs.readFile(path.join(folder, "rapport (annotée).xlsx"))).toEqual(annotated);
    // The next annotated version does not overwrite the first one.
    await editPart(out, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/(<c r="A5"[^>]*>)<v>\d+<\/v>/, "$1<v>0</v>"));
    await generate(out);
    expect((await fs.readdir(folder)).sort()).toEqual(["rapport (annotée 2).xlsx", "rapport (annotée).xlsx", "rapport.xlsx"]);
  });
});

describe("the comments and notes of a sheet, read from the package", () => {
  it("counts a threaded comment once with its replies, and the notes that are not its placeholders", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", '<workbook><sheets><sheet name="Synthèse 2021" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file("xl/worksheets/sheet1.xml", "<worksheet></worksheet>");
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      '<Relationships><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    );
    zip.file("xl/comments1.xml", '<comments><commentList><comment ref="B3" authorId="0"/><comment ref="C4" authorId="1"/></commentList></comments>');
    zip.file("xl/threadedComments/threadedComment1.xml", '<ThreadedComments><threadedComment ref="B3" id="{1}"/><threadedComment ref="B3" id="{2}" parentId="{1}"/></ThreadedComments>');
    expect(readSheetParts(openPackage(await zip.generateAsync({ type: "uint8array" })))).toEqual([{ name: "Synthèse 2021", tag: null, fingerprint: null, comments: 1, notes: 1 }]);
  });
});
