/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { combineSites } from "../../src/domain/analysis/combine-sites";
import type { MonthFigures, SiteMonthly } from "../../src/domain/analysis/types";
import { SEED_ANALYSIS } from "../fixtures/seed";
import { openTab, renderLoadedApp } from "./support/render";
import { fakeOperations } from "./support/fake-operations";
import { plain as plainText } from "./support/text";

const month = (key: string, received: number, answered: number): MonthFigures => ({ month: key, received, answered, rate: (answered / received) * 100 });
const site = (name: string, sheet: string, months: readonly MonthFigures[]): SiteMonthly => {
  const received = months.reduce((sum, m) => sum + m.received, 0);
  const answered = months.reduce((sum, m) => sum + m.answered, 0);
  return { name, sheet, months, received, answered, annualRate: (answered / received) * 100 };
};

const monthly = combineSites([
  site("Préfecture", "Standard préfecture 2021", [month("2021-01", 1000, 900), month("2021-02", 1000, 950)]),
  site("Mauriac", "Téléphonie Mauriac 2021", [month("2021-01", 100, 50), month("2021-02", 100, 60)]),
]);

describe("the Analyser pane with several telephony sites", () => {
  it("shows the combined annual rate and a line per site", async () => {
    const { user } = await renderLoadedApp(fakeOperations({ analyze: async () => ({ ...SEED_ANALYSIS, monthly }) }));
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    const box = await screen.findByRole("region", { name: /Taux d’appels aboutis de l’année 2021/ });
    expect(plainText(box.textContent ?? "")).toContain("Ensemble des 2 sites (Σ aboutis ÷ Σ reçus)89,1 %");
    const lines = within(within(box).getByRole("list", { name: "Taux annuel de chaque site" })).getAllByRole("listitem");
    expect(lines.map((line) => plainText(line.textContent ?? ""))).toEqual([
      "Site Préfecture92,5 %1 850 aboutis sur 2 000 reçus",
      "Site Mauriac55 %110 aboutis sur 200 reçus",
    ]);
  });

  it("shows no site lines for a workbook with one telephony sheet", async () => {
    const { user } = await renderLoadedApp(fakeOperations());
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await waitFor(() => expect(screen.getByRole("region", { name: /Taux d’appels aboutis de l’année 2021/ })).toBeInTheDocument());
    expect(screen.queryByRole("list", { name: "Taux annuel de chaque site" })).not.toBeInTheDocument();
  });
});

describe("the Analyser pane's indicator detail over several years", () => {
  it("shows the series of an indicator year by year", async () => {
    const [calls, ...others] = SEED_ANALYSIS.indicators;
    const history = [
      { year: 2019, value: 91, met: true },
      { year: 2020, value: 95, met: true },
      { year: 2021, value: 94, met: true },
    ];
    const analysis = { ...SEED_ANALYSIS, availableYears: [2019, 2020, 2021], indicators: [{ ...calls, history }, ...others] };
    const { user } = await renderLoadedApp(fakeOperations({ analyze: async () => analysis }));
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    const series = await screen.findByRole("list", { name: "Résultats de Taux d'appels aboutis année par année" });
    expect(within(series).getAllByRole("listitem").map((item) => plainText(item.textContent ?? ""))).toEqual(["2019 : 91 %", "2020 : 95 %", "2021 : 94 %"]);
  });
});

describe("the Saisie mensuelle pane's sheet check with several sites", () => {
  it("gives the sites added up and a line per site", async () => {
    const preview = {
      year: 2021, months: monthly.months, issues: [], received: monthly.received, answered: monthly.answered, annualRate: monthly.annualRate,
      sites: monthly.sites.map(({ name, sheet, received, answered, annualRate }) => ({ name: name ?? sheet, sheet, received, answered, annualRate })),
    };
    const { user } = await renderLoadedApp(fakeOperations({ checkTelephonySheet: async () => preview }));
    await openTab(user, "Saisie mensuelle");
    await user.click(screen.getByRole("button", { name: "Vérifier la feuille" }));
    expect(await screen.findByText("Ensemble des 2 sites (Σ aboutis ÷ Σ reçus)")).toBeInTheDocument();
    const lines = within(screen.getByRole("list", { name: "Taux annuel de chaque site" })).getAllByRole("listitem");
    expect(lines.map((line) => plainText(line.textContent ?? ""))).toEqual([
      "Site Préfecture92,5 %1 850 aboutis sur 2 000 reçus",
      "Site Mauriac55 %110 aboutis sur 200 reçus",
    ]);
  });
});
