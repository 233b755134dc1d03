import { analyzeWorkbook } from "../../src/domain/analysis";
import { planReport } from "../../src/report";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { writeReportBuffer } from "../../src/xlsx/write-report";
import { entryText, readZip } from "../../src/xlsx/write-zip";
import { OPTIONS } from "../report/fixtures";

describe("the survey's distribution charts in the .xlsx report", () => {
  let charts: string[];

  beforeAll(async () => {
    const outcome = analyzeWorkbook(await readWorkbookFile("samples/enquete-satisfaction-2021.xlsx"));
    if (!outcome.ok) throw new Error(outcome.message);
    const bytes = await writeReportBuffer(planReport(outcome.analysis, OPTIONS));
    charts = readZip(Buffer.from(bytes))
      .filter((entry) => /^xl\/charts\/chart\d+\.xml$/.test(entry.name))
      .map(entryText)
      .filter((xml) => xml.includes("Répartition des réponses"));
  });

  it("writes each as a native horizontal bar chart stacked to 100 %", () => {
    expect(charts).toHaveLength(4);
    for (const xml of charts) {
      expect(xml).toContain("<c:barChart>");
      expect(xml).toContain('<c:barDir val="bar"/>');
      expect(xml).toContain('<c:grouping val="percentStacked"/>');
      expect(xml).toContain('<c:overlap val="100"/>');
    }
  });

  it("reads its counts on the survey sheet and colours each level", () => {
    const satisfaction = charts.find((xml) => xml.includes("questions de satisfaction")) ?? "";
    expect(satisfaction).toContain("'Enquête 2021'!$B$");
    expect(satisfaction).toContain('<a:srgbClr val="1E7B34"/>');
    expect(satisfaction).toContain('<a:srgbClr val="B00020"/>');
  });
});
