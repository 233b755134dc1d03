import { activeSheetName, modelSnapshot, SimulatedExcel, simCell, simSheet, simulateWorkbook, sheetNames, sheetTag } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

describe("the simulator's sheets, tags, merges, formats and charts", () => {
  it("seeds from a snapshot and gives the same snapshot back", () => {
    const snapshot = workbookOf(
      sheetOf("Indicateurs 2021", [["Thème", "Indicateur"], ["Accueil", { error: "#N/A" }]], { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] }),
      sheetOf("Synthèse 2021", [["x"]], { generatedTag: "summary:2021", visible: false }),
    );
    expect(modelSnapshot(simulateWorkbook(snapshot))).toEqual(snapshot);
  });

  it("adds, renames, activates and deletes sheets, refusing duplicate names and deleting the last visible one", async () => {
    const excel = new SimulatedExcel();
    await excel.run(async (context) => {
      const first = context.workbook.worksheets.add("Un");
      context.workbook.worksheets.add("Deux").activate();
      first.name = "Premier";
    });
    expect(sheetNames(excel)).toEqual(["Premier", "Deux"]);
    expect(activeSheetName(excel)).toBe("Deux");
    await expect(excel.run(async (context) => void context.workbook.worksheets.add("deux"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await excel.run(async (context) => context.workbook.worksheets.getItem("Deux").delete());
    await expect(excel.run(async (context) => context.workbook.worksheets.getItem("Premier").delete())).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("stores worksheet custom properties, case-insensitive keys, overwritten by add", async () => {
    const excel = new SimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      sheet.customProperties.add("BilanQualite", "summary:2020");
      sheet.customProperties.add("bilanqualite", "summary:2021");
    });
    const read = await excel.run(async (context) => {
      const tag = context.workbook.worksheets.getItem("S").customProperties.getItemOrNullObject("BILANQUALITE").load("value");
      const none = context.workbook.worksheets.getItem("S").customProperties.getItemOrNullObject("Autre").load("value");
      await context.sync();
      return [tag.value, none.isNullObject];
    });
    expect(read).toEqual(["summary:2021", true]);
    expect(sheetTag(excel, "S")).toBe("summary:2021");
  });

  it("reports merged areas of a range, or a null object when there are none", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a", "b", "c"], ["d", "e", "f"]])));
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").merge();
      sheet.getRange("A2:C2").merge(true);
      const areas = sheet.getRange("A1:C2").getMergedAreasOrNullObject().load("areaCount");
      areas.areas.load("items/address");
      const none = sheet.getRange("D5").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return { addresses: areas.areas.items.map((area) => area.address), count: areas.areaCount, none: none.isNullObject };
    });
    expect(read).toEqual({ addresses: ["S!A1:B1", "S!A2:C2"], count: 2, none: true });
    expect(simCell(excel, "S", "B1").value).toBeNull();
  });

  it("reports the fill of an unfilled cell as white, and its pattern as None", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a", "b"]])));
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B1").format.fill.color = "#ffc7ce";
      const plain = sheet.getRange("A1").format.fill.load("color, pattern");
      const properties = sheet.getRange("A1:B1").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await context.sync();
      return { plain: [plain.color, plain.pattern], properties: properties.value };
    });
    expect(read.plain).toEqual(["#FFFFFF", "None"]);
    expect(read.properties).toEqual([[{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }, { format: { fill: { color: "#FFC7CE", pattern: "Solid" } } }]]);
  });

  it("builds a chart from a source range with explicit series orientation, titles and colours", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["A", 1, 2], ["B", 3, 4]])));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:C2"), "Rows");
      chart.name = "resultats";
      chart.title.text = "Résultats";
      chart.axes.valueAxis.title.text = "%";
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A2"));
      chart.series.getItemAt(1).format.fill.setSolidColor("#107c10");
      chart.legend.position = "Bottom";
    });
    const [chart] = simSheet(excel, "S").charts;
    expect(chart).toMatchObject({ name: "resultats", seriesBy: "Rows", title: "Résultats", valueAxisTitle: "%", legend: { position: "Bottom" } });
    expect(chart.series).toHaveLength(2);
    expect(chart.series[1]).toMatchObject({ fillColor: "#107C10", values: { top: 2, bottom: 2, left: 2, right: 3 } });
  });

  it("builds a 100 % stacked bar chart, and rejects at sync a chart type Excel does not know", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["A", 1, 2], ["B", 3, 4]])));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").charts.add("BarStacked100", context.workbook.worksheets.getItem("S").getRange("B1:C2"), "Columns");
    });
    expect(simSheet(excel, "S").charts.map((chart) => chart.chartType)).toEqual(["BarStacked100"]);
    const bad = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      // A type the compiler would refuse, as plain JavaScript could still pass it.
      sheet.charts.add("BarPercentStacked" as never, sheet.getRange("B1:C2"), "Columns");
      await context.sync();
    });
    await expect(bad).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(simSheet(excel, "S").charts).toHaveLength(1);
  });

  it("stores workbook settings, selection, freeze panes and page layout", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a"]]), sheetOf("T", [["b"]])));
    await excel.run(async (context) => {
      context.workbook.settings.add("BilanQualite.settings", '{"year":2021}');
      const sheet = context.workbook.worksheets.getItem("T");
      sheet.getRange("A1").select();
      sheet.freezePanes.freezeRows(3);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.setPrintTitleRows("$1:$3");
    });
    expect(excel.model.settings.get("BilanQualite.settings")).toBe('{"year":2021}');
    expect(activeSheetName(excel)).toBe("T");
    expect(excel.model.selection?.address).toBe("A1");
    expect(simSheet(excel, "T")).toMatchObject({ freeze: { rows: 3, columns: 0 }, pageLayout: { orientation: "Landscape", printTitleRows: "$1:$3" } });
  });

  it("inserts rows by shifting the cells below down", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["janv."], ["mars"]])));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("2:2").insert("Down");
      sheet.getRange("A2").values = [["févr."]];
    });
    expect(["A1", "A2", "A3"].map((address) => simCell(excel, "S", address).value)).toEqual(["janv.", "févr.", "mars"]);
  });

  it("gives the used range by values only, or a null object for an empty sheet", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [[null, null], [null, "x"]]), sheetOf("Vide", [])));
    const read = await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true).load("address");
      const empty = context.workbook.worksheets.getItem("Vide").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      return [used.address, empty.isNullObject];
    });
    expect(read).toEqual(["S!B2", true]);
  });
});

describe("the simulator's borders", () => {
  it("draws edge borders on the outer sides and inside borders between cells", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a", "b"], ["c", "d"]])));
    await excel.run(async (context) => {
      const borders = context.workbook.worksheets.getItem("S").getRange("A1:B2").format.borders;
      borders.getItem("EdgeTop").style = "Continuous";
      borders.getItem("InsideVertical").style = "Continuous";
      borders.getItem("InsideVertical").color = "#bfbfbf";
    });
    expect(Object.keys(simCell(excel, "S", "A1").format.borders).sort()).toEqual(["right", "top"]);
    expect(Object.keys(simCell(excel, "S", "A2").format.borders)).toEqual(["right"]);
    expect(simCell(excel, "S", "B2").format.borders.left).toEqual({ style: "Continuous", color: "#BFBFBF" });
  });
});

describe("the simulator's walk through the sheets (getFirst, getNextOrNullObject)", () => {
  it("goes from the first sheet to each next one, then gives a null object past the last", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Un", [["1"]]), sheetOf("Deux", [["2"]], { visible: false }), sheetOf("Trois", [["3"]])));
    const walked = await excel.run(async (context) => {
      const first = context.workbook.worksheets.getFirst();
      const chain = [first, first.getNextOrNullObject(), first.getNextOrNullObject().getNextOrNullObject()];
      chain.push(chain[2].getNextOrNullObject());
      const visibleNext = first.getNextOrNullObject(true).load("name");
      chain.forEach((sheet) => sheet.load("name"));
      await context.sync();
      return [...chain.map((sheet) => (sheet.isNullObject ? null : sheet.name)), visibleNext.name];
    });
    expect(walked).toEqual(["Un", "Deux", "Trois", null, "Trois"]);
  });

  it("refuses the sync that asks a null object for its next sheet (undocumented: the harsher reading)", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Un", [["1"]])));
    const context = excel.newContext();
    context.workbook.worksheets.getFirst().getNextOrNullObject().getNextOrNullObject().load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("the simulator's null objects: any call on one fails its sync (undocumented: the harsher reading)", () => {
  const workbook = () => simulateWorkbook(workbookOf(sheetOf("S", [["a"]], { generatedTag: "summary:2021" }), sheetOf("Vide", [])));
  const calls: [string, (context: Excel.RequestContext) => void][] = [
    ["merged areas of an empty sheet's used range", (context) => void context.workbook.worksheets.getItem("Vide").getUsedRangeOrNullObject(true).getMergedAreasOrNullObject().load("areaCount")],
    ["the areas of a range without merged areas", (context) => void context.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject().areas.load("items/rowIndex")],
    ["a missing custom property deleted", (context) => context.workbook.worksheets.getItem("S").customProperties.getItemOrNullObject("Absente").delete()],
    ["a missing sheet renamed", (context) => void (context.workbook.worksheets.getItemOrNullObject("Absente").name = "Autre")],
    ["a missing sheet's tag", (context) => void context.workbook.worksheets.getItemOrNullObject("Absente").customProperties.getItemOrNullObject("BilanQualite").load("value")],
    ["a missing sheet's protection", (context) => void context.workbook.worksheets.getItemOrNullObject("Absente").protection.load("protected")],
    ["a cell of a missing sheet", (context) => void context.workbook.worksheets.getItemOrNullObject("Absente").getRange("A1").load("values")],
    ["a missing setting's value set", (context) => void (context.workbook.settings.getItemOrNullObject("Absent").value = 1)],
  ];
  it.each(calls)("refuses %s with GeneralException", async (_case, call) => {
    const context = workbook().newContext();
    call(context as unknown as Excel.RequestContext);
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("still loads a null object's properties, and through them, with isNullObject true and nothing else", async () => {
    const context = workbook().newContext();
    const used = context.workbook.worksheets.getItem("Vide").getUsedRangeOrNullObject(true).load("address");
    const merges = context.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject().load(["areaCount", "areas/items/rowIndex"]);
    const sheet = context.workbook.worksheets.getItemOrNullObject("Absente").load("name, protection/protected");
    await context.sync();
    expect([used.isNullObject, merges.isNullObject, sheet.isNullObject]).toEqual([true, true, true]);
  });
});
