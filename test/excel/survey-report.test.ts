import { simSheet, simulateWorkbook, sheetNames, sheetTag } from "../../src/simulated-excel";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { operationsOn, written } from "./helpers";

const SETTINGS = { year: null, tolerance: 0 };

describe("the survey's report sheet written into the workbook through the simulated Excel", () => {
  it("adds « Enquête 2021 » beside the user's answers, tagged, with a native 100 % stacked bar chart per scale", async () => {
    const excel = simulateWorkbook(await readWorkbookFile("samples/enquete-satisfaction-2021.xlsx"));
    const outcome = written(await operationsOn(excel).generateReport(SETTINGS));
    expect(outcome.sheets).toEqual(["Synthèse 2021", "Contrôles 2021", "Enquête 2021", "Affichage 2021", "Plan d'actions", "Données graphiques 2021"]);
    expect(sheetNames(excel).slice(0, 3)).toEqual(["Indicateurs 2021", "Réponses enquête 2021", "Réponses enquête 2020"]);
    expect(sheetTag(excel, "Enquête 2021")).toBe("survey:2021");
    const charts = simSheet(excel, "Enquête 2021").charts;
    expect(charts.map((chart) => chart.chartType)).toEqual(["BarStacked100", "BarStacked100", "BarStacked100", "BarStacked100"]);
    expect(charts[0]).toMatchObject({ seriesBy: "Columns", title: "Répartition des réponses — questions de satisfaction", legend: { position: "Bottom" } });
    expect(charts[0].series.map((series) => [series.name, series.fillColor])).toEqual([
      ["Très satisfait", "#1E7B34"],
      ["Plutôt satisfait", "#8BC79A"],
      ["Plutôt pas satisfait", "#F2A09A"],
      ["Pas du tout satisfait", "#B00020"],
    ]);
  });
});
