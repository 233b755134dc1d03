/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { parseTelephonyText } from "../../src/domain/telephony";
import { ExcelOperationError } from "../../src/excel/errors";
import { ADAPTER_TEXT } from "../../src/excel/messages";
import { SEED_ANALYSIS } from "../fixtures/seed";
import type { TelephonyApplyOutcome, TelephonyPreview } from "../../src/port";
import { renderLoadedApp, retype, visiblePanel, type RenderedPane, openTab, renderOutsideExcel } from "./support/render";
import { plain } from "./support/text";
import { deferred, fakeOperations, excelFailure, type FakeOperations } from "./support/fake-operations";

const PASTED = ["Mois;Reçus;Aboutis", "janvier 2021;1520;1432", "février 2021;1388;1401", "mars 2021;1466;1390"].join("\n");
const CLEAN = ["Mois;Reçus;Aboutis", "janvier 2021;1520;1432", "mars 2021;1466;1390"].join("\n");

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

async function openTelephony(operations: FakeOperations): Promise<RenderedPane> {
  const rendered = await renderLoadedApp(operations);
  await openTab(rendered.user, "Saisie mensuelle");
  return rendered;
}

const pasteField = () => screen.getByRole("textbox", { name: "Chiffres à coller" });
const yearField = () => screen.getByRole("textbox", { name: "Année des chiffres" });
const previewButton = () => screen.getByRole("button", { name: "Prévisualiser" });

/** Pastes the figures as the user does (Ctrl+V into the field), then asks for the preview and waits for it. */
async function pasteAndPreview(operations: FakeOperations, text = PASTED): Promise<RenderedPane> {
  const rendered = await openTelephony(operations);
  await rendered.user.click(pasteField());
  await rendered.user.paste(text);
  await rendered.user.click(previewButton());
  await waitFor(() => expect(screen.queryByText("Lecture des chiffres en cours…")).not.toBeInTheDocument());
  return rendered;
}

function rows(): string[] {
  return within(within(visiblePanel()).getByRole("table")).getAllByRole("row").map((row) => plain(row.textContent));
}

describe("the Saisie mensuelle pane", () => {
  it("cannot preview before something is pasted", async () => {
    const operations = telephonyOperations();
    const { user } = await openTelephony(operations);
    expect(previewButton()).toHaveAttribute("aria-disabled", "true");
    await user.click(previewButton());
    expect(operations.previewTelephony).not.toHaveBeenCalled();
    expect(within(visiblePanel()).queryByRole("table")).not.toBeInTheDocument();
  });

  it("announces the reading while it runs", async () => {
    const reading = deferred<TelephonyPreview>();
    const { user } = await openTelephony(telephonyOperations({ previewTelephony: () => reading.promise }));
    await user.click(pasteField());
    await user.paste(PASTED);
    await user.click(previewButton());
    const statuses = within(visiblePanel()).getAllByRole("status");
    expect(statuses.some((status) => status.textContent?.includes("Lecture des chiffres en cours…"))).toBe(true);
    expect(previewButton()).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Vérifier la feuille" })).toHaveAttribute("aria-disabled", "true");
    reading.resolve(await previewWithEngine(PASTED, null));
    expect(await within(visiblePanel()).findByText("2 mois trouvés pour 2021.")).toBeInTheDocument();
  });

  it("previews the months found, with totals, before writing anything", async () => {
    const operations = telephonyOperations();
    await pasteAndPreview(operations);
    expect(operations.previewTelephony).toHaveBeenCalledWith(PASTED, null);
    expect(operations.applyTelephony).not.toHaveBeenCalled();
    expect(visiblePanel()).toHaveTextContent("2 mois trouvés pour 2021.");
    expect(within(visiblePanel()).getByRole("table", { name: "Mois trouvés" })).toBeInTheDocument();
    expect(rows()).toEqual([
      "MoisReçusAboutisTaux",
      "janvier 20211 5201 43294,2 %",
      "mars 20211 4661 39094,8 %",
      "Total2 9862 82294,5 %",
    ]);
  });

  it("previews from the keyboard (Enter on the focused button)", async () => {
    const operations = telephonyOperations();
    const { user } = await openTelephony(operations);
    await user.click(pasteField());
    await user.paste(PASTED);
    previewButton().focus();
    await user.keyboard("{Enter}");
    expect(await within(visiblePanel()).findByText("2 mois trouvés pour 2021.")).toBeInTheDocument();
    expect(operations.previewTelephony).toHaveBeenCalledTimes(1);
  });

  it("shows the rows it left out, with the line and the reason", async () => {
    await pasteAndPreview(telephonyOperations());
    const others = screen.getByRole("list", { name: "Autres problèmes" });
    expect(others).toHaveTextContent("Erreurligne 3");
    expect(others).toHaveTextContent("plus d'appels aboutis");
    expect(visiblePanel()).toHaveTextContent("Les mois en erreur sont exclus des totaux.");
  });

  it("shows no problem list when every row is read", async () => {
    await pasteAndPreview(telephonyOperations(), CLEAN);
    expect(visiblePanel()).toHaveTextContent("2 mois trouvés pour 2021.");
    expect(screen.queryByRole("list", { name: "Autres problèmes" })).not.toBeInTheDocument();
    expect(visiblePanel()).not.toHaveTextContent("Les mois en erreur sont exclus des totaux.");
    expect(screen.getByRole("button", { name: "Intégrer au classeur" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("says when nothing readable was pasted, and offers nothing to write", async () => {
    const operations = telephonyOperations();
    await pasteAndPreview(operations, "bonjour\nau revoir");
    expect(visiblePanel()).toHaveTextContent("Aucun mois lisible dans ces chiffres.");
    expect(within(visiblePanel()).queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Intégrer au classeur" })).not.toBeInTheDocument();
  });

  it("shows a month's own problem right under its row, across the table", async () => {
    const preview = await previewWithEngine(PASTED, null);
    const warning = { severity: "warning" as const, code: "MONTH_MISSING" as const, sheet: null, cell: null, line: 2, message: "Attention au mois." };
    await pasteAndPreview(telephonyOperations({ previewTelephony: async () => ({ ...preview, issues: [warning] }) }));
    expect(rows()[1]).toMatch(/^janvier 2021\s*1 520/);
    expect(rows()[2]).toBe("Avertissement (janvier 2021) : Attention au mois.");
    const problemRow = within(within(visiblePanel()).getByRole("table")).getAllByRole("row")[2];
    expect(within(problemRow).getByRole("cell")).toHaveAttribute("colspan", "4");
  });

  it("passes the year typed to the preview", async () => {
    const operations = telephonyOperations();
    const { user } = await openTelephony(operations);
    await retype(user, yearField(), "2022");
    await user.click(pasteField());
    await user.paste("Mois;Reçus;Aboutis\n1;100;90");
    await user.click(previewButton());
    await waitFor(() => expect(operations.previewTelephony).toHaveBeenCalledWith("Mois;Reçus;Aboutis\n1;100;90", 2022));
  });

  it("refuses a year that is not a year, in French", async () => {
    const operations = telephonyOperations();
    const { user } = await openTelephony(operations);
    await user.click(pasteField());
    await user.paste(PASTED);
    await retype(user, yearField(), "21");
    expect(visiblePanel()).toHaveTextContent("L’année doit être un nombre à 4 chiffres");
    expect(yearField()).toBeInvalid();
    expect(previewButton()).toHaveAttribute("aria-disabled", "true");
    await user.click(previewButton());
    expect(operations.previewTelephony).not.toHaveBeenCalled();
  });

  it("writes the previewed months, then compares the annual rate with the table and the target", async () => {
    const operations = telephonyOperations();
    const { user } = await pasteAndPreview(operations);
    await user.click(screen.getByRole("button", { name: "Intégrer au classeur" }));
    const comparison = await screen.findByRole("region", { name: "Taux d’appels aboutis de l’année 2021" });
    const previewed = await previewWithEngine(PASTED, null);
    expect(operations.applyTelephony).toHaveBeenCalledWith(previewed);
    expect(visiblePanel()).toHaveTextContent("Feuille « Téléphonie 2021 » créée.");
    expect(visiblePanel()).toHaveTextContent("Mois ajoutés : janvier 2021, mars 2021.");
    expect(comparison).toHaveTextContent(`Calculé à partir des mois${SEED_ANALYSIS.monthly!.annualRate!.toFixed(1).replace(".", ",")} %`);
    expect(comparison).toHaveTextContent("Valeur du tableau des indicateurs94 %");
    expect(comparison).toHaveTextContent("Cible> 90 %");
    expect(screen.getByRole("button", { name: "Intégrer au classeur" })).toHaveAttribute("aria-disabled", "true");
  });

  it("announces the writing while it runs", async () => {
    const writing = deferred<TelephonyApplyOutcome>();
    const operations = telephonyOperations({ applyTelephony: () => writing.promise });
    const { user } = await pasteAndPreview(operations);
    await user.click(screen.getByRole("button", { name: "Intégrer au classeur" }));
    const statuses = within(visiblePanel()).getAllByRole("status");
    expect(statuses.some((status) => status.textContent?.includes("Intégration au classeur en cours…"))).toBe(true);
    await user.click(screen.getByRole("button", { name: "Intégrer au classeur" }));
    expect(operations.applyTelephony).toHaveBeenCalledTimes(1);
    writing.resolve({ sheet: "Téléphonie 2021", created: false, replacedMonths: [], addedMonths: ["janvier 2021"], analysis: null });
    expect(await within(visiblePanel()).findByText(/Feuille « Téléphonie 2021 » mise à jour\./)).toBeInTheDocument();
  });

  it("shows Excel's refusal to write in French and keeps the preview", async () => {
    const { user } = await pasteAndPreview(telephonyOperations({ applyTelephony: () => Promise.reject(excelFailure("AccessDenied")) }));
    await user.click(screen.getByRole("button", { name: "Intégrer au classeur" }));
    const alert = await within(visiblePanel()).findByRole("alert");
    expect(alert).toHaveTextContent("Une feuille ou le classeur est protégé");
    expect(alert).not.toHaveTextContent("The operation failed");
    expect(visiblePanel()).toHaveTextContent("2 mois trouvés pour 2021.");
  });

  it("checks the figures already in the workbook's telephony sheet", async () => {
    const operations = telephonyOperations();
    const { user } = await openTelephony(operations);
    await user.click(screen.getByRole("button", { name: "Vérifier la feuille" }));
    expect(await within(visiblePanel()).findByText("2 mois trouvés pour 2021.")).toBeInTheDocument();
    expect(operations.checkTelephonySheet).toHaveBeenCalledWith(null);
    expect(screen.queryByRole("button", { name: "Intégrer au classeur" })).not.toBeInTheDocument();
  });

  it("says when the workbook has no telephony sheet to check, with the adapter's French message", async () => {
    const missing = new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.noTelephonySheet(2021));
    const { user } = await openTelephony(telephonyOperations({ checkTelephonySheet: () => Promise.reject(missing) }));
    await user.click(screen.getByRole("button", { name: "Vérifier la feuille" }));
    expect(await within(visiblePanel()).findByRole("alert")).toHaveTextContent(
      "Aucune feuille de téléphonie mensuelle pour 2021 n'a été trouvée dans le classeur.",
    );
    expect(within(visiblePanel()).queryByRole("table")).not.toBeInTheDocument();
  });

  it("says when the sheet cannot be checked", async () => {
    const { user } = await openTelephony(
      telephonyOperations({ checkTelephonySheet: () => Promise.reject(new Error("Aucune feuille de téléphonie pour 2021.")) }),
    );
    await user.click(screen.getByRole("button", { name: "Vérifier la feuille" }));
    expect(await within(visiblePanel()).findByRole("alert")).toHaveTextContent("Aucune feuille de téléphonie pour 2021.");
  });

  it("is not offered outside Excel", async () => {
    await renderOutsideExcel();
    expect(screen.queryByRole("textbox", { name: "Chiffres à coller" })).not.toBeInTheDocument();
  });
});
