/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { parseTelephonyText } from "../../src/domain/telephony";
import { SEED_ANALYSIS } from "../../src/taskpane/dev/seed-analysis";
import type { TelephonyPreview } from "../../src/taskpane/operations";
import { click, mount, plain, typeInto, type Mounted, isDisabled, tabNamed } from "./support/dom";
import { fakeOperations, officeError, type FakeOperations } from "./support/fake-operations";

const PASTED = ["Mois;Reçus;Aboutis", "janvier 2021;1520;1432", "février 2021;1388;1401", "mars 2021;1466;1390"].join("\n");

/** The preview as the adapter builds it: the engine's own reading of the pasted text. */
async function previewWithEngine(text: string, year: number | null): Promise<TelephonyPreview> {
  const reading = parseTelephonyText(text, year === null ? {} : { year });
  return {
    year: reading.year ?? year ?? 0,
    months: reading.monthly.months,
    issues: reading.issues,
    received: reading.monthly.received,
    answered: reading.monthly.answered,
    annualRate: reading.monthly.annualRate,
  };
}

function telephonyOperations(overrides: Partial<Parameters<typeof fakeOperations>[0]> = {}): FakeOperations {
  return fakeOperations({
    previewTelephony: previewWithEngine,
    applyTelephony: async (preview) => ({
      sheet: "Téléphonie 2021",
      created: true,
      replacedMonths: [],
      addedMonths: preview.months.map((month) => month.month),
      analysis: SEED_ANALYSIS,
    }),
    checkTelephonySheet: async () => previewWithEngine(PASTED, 2021),
    ...overrides,
  });
}

async function openTelephony(operations: FakeOperations): Promise<Mounted> {
  const pane = await mount(<App operations={operations} />);
  await click(tabNamed(pane, "Saisie mensuelle"));
  return pane;
}

async function pasteAndPreview(operations: FakeOperations, text = PASTED): Promise<Mounted> {
  const pane = await openTelephony(operations);
  await typeInto(pane.get("textbox", "Chiffres à coller"), text);
  await click(pane.get("button", "Prévisualiser"));
  return pane;
}

function rows(pane: Mounted): string[] {
  return pane.all("row").map((row) => plain(row.textContent));
}

describe("the Saisie mensuelle pane", () => {
  it("cannot preview before something is pasted", async () => {
    const operations = telephonyOperations();
    const pane = await openTelephony(operations);
    expect(isDisabled(pane.get("button", "Prévisualiser"))).toBe(true);
    await click(pane.get("button", "Prévisualiser"));
    expect(operations.previewTelephony).not.toHaveBeenCalled();
    pane.unmount();
  });

  it("previews the months found, with totals, before writing anything", async () => {
    const operations = telephonyOperations();
    const pane = await pasteAndPreview(operations);
    expect(operations.previewTelephony).toHaveBeenCalledWith(PASTED, null);
    expect(operations.applyTelephony).not.toHaveBeenCalled();
    expect(pane.text()).toContain("2 mois trouvés pour 2021.");
    expect(rows(pane)).toEqual([
      "MoisReçusAboutisTaux",
      "janvier 20211 5201 43294,2 %",
      "mars 20211 4661 39094,8 %",
      "Total2 9862 82294,5 %",
    ]);
    pane.unmount();
  });

  it("shows the rows it left out, with the line and the reason", async () => {
    const pane = await pasteAndPreview(telephonyOperations());
    const others = pane.get("list", "Autres problèmes");
    expect(others.textContent).toContain("Erreurligne 3");
    expect(others.textContent).toContain("plus d'appels aboutis");
    expect(pane.text()).toContain("Les mois en erreur sont exclus des totaux.");
    pane.unmount();
  });

  it("shows a month's own problem right under its row, across the table", async () => {
    const preview = await previewWithEngine(PASTED, null);
    const warning = { severity: "warning" as const, code: "MONTH_MISSING" as const, sheet: null, cell: null, line: 2, message: "Attention au mois." };
    const pane = await pasteAndPreview(telephonyOperations({ previewTelephony: async () => ({ ...preview, issues: [warning] }) }));
    expect(rows(pane)[1]).toMatch(/^janvier 2021\s*1 520/);
    expect(rows(pane)[2]).toBe("Avertissement (janvier 2021) : Attention au mois.");
    expect(pane.get("table").querySelectorAll("tr")[2].querySelector("td")?.getAttribute("colspan")).toBe("4");
    pane.unmount();
  });

  it("passes the year typed to the preview", async () => {
    const operations = telephonyOperations();
    const pane = await openTelephony(operations);
    await typeInto(pane.get("textbox", "Année des chiffres"), "2022");
    await typeInto(pane.get("textbox", "Chiffres à coller"), "Mois;Reçus;Aboutis\n1;100;90");
    await click(pane.get("button", "Prévisualiser"));
    expect(operations.previewTelephony).toHaveBeenCalledWith("Mois;Reçus;Aboutis\n1;100;90", 2022);
    pane.unmount();
  });

  it("refuses a year that is not a year, in French", async () => {
    const pane = await openTelephony(telephonyOperations());
    await typeInto(pane.get("textbox", "Chiffres à coller"), PASTED);
    await typeInto(pane.get("textbox", "Année des chiffres"), "21");
    expect(pane.text()).toContain("L’année doit être un nombre à 4 chiffres");
    expect(isDisabled(pane.get("button", "Prévisualiser"))).toBe(true);
    pane.unmount();
  });

  it("writes the previewed months, then compares the annual rate with the table and the target", async () => {
    const operations = telephonyOperations();
    const pane = await pasteAndPreview(operations);
    await click(pane.get("button", "Intégrer au classeur"));
    const previewed = await previewWithEngine(PASTED, null);
    expect(operations.applyTelephony).toHaveBeenCalledWith(previewed);
    const text = plain(pane.text());
    expect(text).toContain("Feuille « Téléphonie 2021 » créée.");
    expect(text).toContain("Mois ajoutés : janvier 2021, mars 2021.");
    const comparison = plain(pane.get("region", "Taux d’appels aboutis de l’année 2021").textContent);
    expect(comparison).toContain(`Calculé à partir des mois${SEED_ANALYSIS.monthly!.annualRate!.toFixed(1).replace(".", ",")} %`);
    expect(comparison).toContain("Valeur du tableau des indicateurs94 %");
    expect(comparison).toContain("Cible> 90 %");
    expect(isDisabled(pane.get("button", "Intégrer au classeur"))).toBe(true);
    pane.unmount();
  });

  it("shows Excel's refusal to write in French and keeps the preview", async () => {
    const pane = await pasteAndPreview(telephonyOperations({ applyTelephony: () => Promise.reject(officeError("AccessDenied")) }));
    await click(pane.get("button", "Intégrer au classeur"));
    expect(pane.get("alert").textContent).toContain("Le classeur est protégé ou en lecture seule");
    expect(pane.text()).toContain("2 mois trouvés pour 2021.");
    pane.unmount();
  });

  it("checks the figures already in the workbook's telephony sheet", async () => {
    const operations = telephonyOperations();
    const pane = await openTelephony(operations);
    await click(pane.get("button", "Vérifier la feuille"));
    expect(operations.checkTelephonySheet).toHaveBeenCalledWith(null);
    expect(pane.text()).toContain("2 mois trouvés pour 2021.");
    expect(pane.query("button", "Intégrer au classeur")).toBeNull();
    pane.unmount();
  });

  it("says when the sheet cannot be checked", async () => {
    const pane = await openTelephony(
      telephonyOperations({ checkTelephonySheet: () => Promise.reject(new Error("Aucune feuille de téléphonie pour 2021.")) }),
    );
    await click(pane.get("button", "Vérifier la feuille"));
    expect(pane.get("alert").textContent).toContain("Aucune feuille de téléphonie pour 2021.");
    pane.unmount();
  });
});
