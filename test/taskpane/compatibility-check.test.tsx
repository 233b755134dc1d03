/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deserialize, serialize } from "node:v8";
import type { WorkbookOperations } from "../../src/port";
import { CompatibilityCheck } from "../../src/taskpane/components/CompatibilityCheck";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { textCell } from "../helpers/cells";
import { fakeOperations } from "./support/fake-operations";

jest.setTimeout(15_000);

// jsdom hides Node's structuredClone, which the simulated host uses to undo a failed sync.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const NOW = new Date(Date.UTC(2026, 10, 30, 9, 0));

function simulatedWorkbook(): SimulatedExcel {
  return simulateWorkbook({ sheets: [{ name: "Indicateurs", origin: { row: 1, column: 1 }, cells: [[textCell("Indicateur")]], merges: [], generatedTag: null, visible: true }] });
}

function operationsOn(excel: SimulatedExcel): Pick<WorkbookOperations, "checkCompatibility"> {
  return createWorkbookOperations(excel.run, { office: () => excel.office });
}

function renderCheck(operations: Pick<WorkbookOperations, "checkCompatibility">) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <CompatibilityCheck operations={operations} now={() => NOW} />
    </FluentProvider>,
  );
  return user;
}

async function runCheck(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: "Vérifier la compatibilité" }));
  return screen.findByRole("list", { name: "Résultats de la vérification" });
}

describe("the compatibility check in Paramètres", () => {
  it("lists every item « OK » when run on the simulated Excel", async () => {
    const excel = simulatedWorkbook();
    const list = await runCheck(renderCheck(operationsOn(excel)));
    const items = within(list).getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toHaveLength(16);
    expect(items[0]).toBe("Application\u00a0: Excel, Excel sur le web, version 16.0.18025.40500");
    expect(items.filter((text) => !text?.endsWith("\u00a0: OK"))).toEqual([items[0]]);
    expect(screen.getByText("Tout fonctionne.")).toBeInTheDocument();
  });

  it("says in French which item failed when Excel refuses it", async () => {
    const excel = simulatedWorkbook();
    excel.failSync(3, "ApiNotFound");
    const list = await runCheck(renderCheck(operationsOn(excel)));
    expect(within(list).getByText(/^Mise en forme de plusieurs zones/).textContent).toMatch(
      /^Mise en forme de plusieurs zones à la fois \(RangeAreas\)\u00a0: Échec — Excel a refusé\u00a0: ApiNotFound/,
    );
    expect(screen.getByText("1 point en échec.")).toBeInTheDocument();
  });

  it("copies the plain-text report to the clipboard", async () => {
    const excel = simulatedWorkbook();
    const user = renderCheck(operationsOn(excel));
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Copier le rapport" }));
    expect(await screen.findByText("Rapport copié dans le presse-papiers.")).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.split("\n")[0]).toMatch(/^Bilan Qualité — vérification de la compatibilité du 30 novembre 2026/);
    expect(copied).toContain("Ensemble d’API ExcelApi 1.13 (requis)\u00a0: OK");
    expect(copied.split("\n").at(-1)).toBe("Tout fonctionne.");
  });

  it("selects the report for Ctrl+C when the clipboard is refused", async () => {
    const operations = fakeOperations({
      checkCompatibility: async () => ({ items: [{ id: "printZoom", label: "Mise à l’échelle d’impression", outcome: "failed", detail: "Excel a refusé\u00a0: InvalidArgument" }] }),
    });
    const user = renderCheck(operations);
    await runCheck(user);
    jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("Denied", "NotAllowedError"));
    await user.click(screen.getByRole("button", { name: "Copier le rapport" }));
    const notice = await screen.findByText(/^Le rapport est sélectionné : copiez-le avec Ctrl\+C/);
    expect(notice.textContent).toContain("sélectionné\u00a0: copiez-le");
    const area = screen.getByRole("textbox", { name: "Rapport à transmettre" }) as HTMLTextAreaElement;
    expect(area).toHaveFocus();
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe(area.value);
    expect(area.value).toContain("Mise à l’échelle d’impression\u00a0: Échec — Excel a refusé\u00a0: InvalidArgument");
  });
});
