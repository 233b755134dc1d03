import { locateTables, type YearTable } from "../../../src/domain/tables";
import { cellText } from "../../../src/domain/tables/cell-text";
import { grid, workbook } from "../../helpers/cells";

const tablesOf = (...sheets: Parameters<typeof workbook>): YearTable[] => locateTables(workbook(...sheets));
const names = (table: YearTable): string[] => table.rows.map((row) => row.name);
const results = (table: YearTable): string[] => table.rows.map((row) => cellText(row.result.cell));

describe("locateTables on a sheet per year", () => {
  it("finds the header below title rows and blank rows and reads the year from the title", () => {
    const [table, ...others] = tablesOf(
      grid("Feuil1", [
        ["BILAN QUALITE 2021"],
        [],
        ["Préfecture du Cantal"],
        [],
        ["Thème", "Libellé", "Valeur", "Objectif"],
        ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
      ]),
    );
    expect(others).toEqual([]);
    expect(table).toMatchObject({ sheet: "Feuil1", year: 2021, source: "year-sheet", headerRow: 5 });
    expect(table.rows[0]).toMatchObject({ row: 6, theme: "Accueil", name: "Taux d'appels aboutis", nameCell: "B6" });
    expect(table.rows[0].result.address).toBe("C6");
    expect(table.rows[0].target?.address).toBe("D6");
  });

  it.each([
    ["Indicateurs 2021", 2021],
    ["2019", 2019],
    ["Bilan 2020-2021", 2021],
  ])("takes the year from the sheet name %p", (name, year) => {
    const [table] = tablesOf(grid(name, [["Indicateur", "Résultat"], ["Taux", "94 %"]]));
    expect(table.year).toBe(year);
  });

  it("takes the year from a `Résultat 2021` header over the sheet name", () => {
    const [table] = tablesOf(grid("Indicateurs", [["Indicateur", "Résultat 2021", "Cible"], ["Taux", "94 %", "90 %"]]));
    expect(table).toMatchObject({ year: 2021, source: "year-sheet" });
  });

  it("leaves the year unknown when nothing names it", () => {
    const [table] = tablesOf(grid("Indicateurs", [["Indicateur", "Résultat"], ["Taux", "94 %"]]));
    expect(table.year).toBeNull();
  });

  it("fills the thématique down over blank cells and merged cells", () => {
    const [table] = tablesOf(
      grid(
        "2021",
        [
          ["Thématique", "Indicateur", "Résultat"],
          ["Courriels", "Taux de réponse", "100 %"],
          ["", "Délai de réponse", "1,5 jours"],
          ["Urgence", "Exercices", "4"],
          ["", "Activations", "14"],
        ],
        { merges: [{ top: 4, left: 1, bottom: 5, right: 1 }] },
      ),
    );
    expect(table.rows.map((row) => row.theme)).toEqual(["Courriels", "Courriels", "Urgence", "Urgence"]);
  });

  it("fills a module column down like the thématique", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Module", "Indicateur", "Résultat"],
        ["Module 1", "Taux A", "94 %"],
        ["", "Taux B", "90 %"],
        ["Module 7", "Exercices", "4"],
      ]),
    );
    expect(table.rows.map((row) => row.module)).toEqual(["Module 1", "Module 1", "Module 7"]);
  });

  it("ends the table at the first fully blank row and leaves the paragraph below out", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Indicateur", "Résultat"],
        ["Taux A", "94 %"],
        [],
        ["Taux B", "90 %"],
      ]),
    );
    expect(names(table)).toEqual(["Taux A"]);
  });

  it("ends the table at a paragraph written right below it", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Thématique", "Indicateur", "Résultat"],
        ["Accueil", "Taux A", "94 %"],
        ["Globalement les cibles des indicateurs sont largement atteintes et les résultats sont très satisfaisants"],
        ["", "Taux B", "90 %"],
      ]),
    );
    expect(names(table)).toEqual(["Taux A"]);
  });

  it("takes a section row of the indicator column as the thématique when there is no thématique column", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Indicateur", "Résultat", "Cible"],
        ["Accueil téléphonique", "", ""],
        ["Taux d'appels aboutis", "94 %", "> 90 %"],
      ]),
    );
    expect(table.rows).toEqual([expect.objectContaining({ name: "Taux d'appels aboutis", theme: "Accueil téléphonique" })]);
  });

  it("skips a thématique sub-header row and uses it for the rows below", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Thématique", "Indicateur", "Résultat"],
        ["Courriels"],
        ["", "Taux de réponse", "100 %"],
      ]),
    );
    expect(table.rows).toEqual([expect.objectContaining({ name: "Taux de réponse", theme: "Courriels" })]);
  });

  it("finds two tables one below the other, each with its own year", () => {
    const tables = tablesOf(
      grid("Bilans", [
        ["Bilan 2020"],
        ["Indicateur", "Résultat"],
        ["Taux A", "95 %"],
        [],
        ["Bilan 2021"],
        ["Indicateur", "Résultat"],
        ["Taux A", "94 %"],
      ]),
    );
    expect(tables.map((t) => [t.year, results(t)])).toEqual([
      [2020, ["95 %"]],
      [2021, ["94 %"]],
    ]);
  });

  it("gives a `Résultat 2020` or `N-1` column as previous-year values", () => {
    const tables = tablesOf(grid("Indicateurs 2021", [["Indicateur", "Résultat", "N-1", "Cible"], ["Taux A", "94 %", "95 %", "90 %"]]));
    expect(tables.map((t) => [t.year, t.source, results(t)])).toEqual([
      [2021, "year-sheet", ["94 %"]],
      [2020, "previous-column", ["95 %"]],
    ]);
    expect(tables[1].rows[0].target).toBeNull();
  });

  it("reads the national average column for the table's year", () => {
    const [table] = tablesOf(grid("2021", [["Indicateur", "Résultat", "Moyenne nationale"], ["Taux A", "94 %", "88 %"]]));
    expect(table.rows[0].nationalAverage?.address).toBe("C2");
  });

  it("reads the direction, unit and comment columns", () => {
    const [table] = tablesOf(
      grid("2021", [["Indicateur", "Unité", "Sens", "Résultat", "Observations"], ["Taux A", "%", "hausse", 94, "bien"]]),
    );
    expect(table.rows[0]).toMatchObject({ unit: "%", comment: "bien" });
    expect(table.rows[0].direction?.address).toBe("C2");
  });
});

describe("locateTables on years as columns", () => {
  const sheet = grid("Suivi", [
    ["Indicateur", "Cible", 2019, "2020", "Résultat 2021", "Moyenne nationale 2021"],
    ["Taux d'appels aboutis", "> 90 %", "92 %", "95 %", "94 %", "89 %"],
    ["Délai de réponse", "5 jours", "2 jours", "1,4 jours", "1,5 jours", ""],
  ]);

  it("gives one table per year column, sharing the target column", () => {
    const tables = tablesOf(sheet);
    expect(tables.map((t) => [t.year, t.source, results(t)])).toEqual([
      [2019, "year-column", ["92 %", "2 jours"]],
      [2020, "year-column", ["95 %", "1,4 jours"]],
      [2021, "year-column", ["94 %", "1,5 jours"]],
    ]);
    expect(tables.every((t) => t.rows[0].target?.address === "B2")).toBe(true);
  });

  it("does not take the national average column for a year", () => {
    const tables = tablesOf(sheet);
    expect(tables.find((t) => t.year === 2021)?.rows[0].nationalAverage?.address).toBe("F2");
    expect(tables.find((t) => t.year === 2020)?.rows[0].nationalAverage).toBeNull();
  });

  it("prefers the sheet's own year as a per-year table", () => {
    const tables = tablesOf(grid("Indicateurs 2021", [["Indicateur", "Résultat 2020", "Résultat 2021"], ["Taux A", "95 %", "94 %"]]));
    expect(tables.map((t) => [t.year, t.source])).toEqual([
      [2020, "year-column"],
      [2021, "year-sheet"],
    ]);
  });
});

describe("locateTables leaves out", () => {
  const header = ["Thématique", "Indicateur", "Résultat", "Cible", "Statut"];
  const row = ["Accueil", "Taux A", "94 %", "90 %", "Atteint"];

  it("sheets tagged as generated by Bilan Qualité", () => {
    expect(tablesOf(grid("Résumé", [header, row], { generatedTag: "summary:2021" }))).toEqual([]);
  });

  it.each([["Synthèse 2021"], ["Contrôles 2021"], ["Données graphiques 2021"]])(
    "an untagged sheet named %p with a Statut column",
    (name) => {
      expect(tablesOf(grid(name, [header, row]))).toEqual([]);
    },
  );

  it("keeps a user's sheet with a Statut column under another name", () => {
    expect(tablesOf(grid("Suivi 2021", [header, row]))).toHaveLength(1);
  });

  it("keeps a sheet named Synthèse 2021 without a Statut column", () => {
    expect(tablesOf(grid("Synthèse 2021", [header.slice(0, 4), row.slice(0, 4)]))).toHaveLength(1);
  });

  it("sheets the caller skips (telephony)", () => {
    expect(locateTables(workbook(grid("2021", [header, row])), { skipSheet: () => true })).toEqual([]);
  });

  it("sheets without a header holding an indicator and a result column", () => {
    expect(tablesOf(grid("Notes", [["Indicateur", "Cible"], ["Taux A", "90 %"]]))).toEqual([]);
  });
});

describe("locateTables on rows with nothing filled in", () => {
  it("keeps an indicator whose result, target and comment are all empty when a thématique column exists", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Thématique", "Indicateur", "Résultat", "Cible"],
        ["Enquête de satisfaction", "Taux de satisfaction", "", ""],
        ["", "Taux de recommandation", "90 %", ""],
      ]),
    );
    expect(names(table)).toEqual(["Taux de satisfaction", "Taux de recommandation"]);
  });
});

describe("locateTables on a two-row header", () => {
  it("reads the years below a `Résultats` heading as year columns", () => {
    const tables = tablesOf(
      grid(
        "Suivi",
        [
          ["Indicateur", "Cible", "Résultats", "", ""],
          ["", "", 2019, 2020, 2021],
          ["Taux d'appels aboutis", "> 90 %", "92 %", "95 %", "94 %"],
        ],
        { merges: [{ top: 1, left: 3, bottom: 1, right: 5 }] },
      ),
    );
    expect(tables.map((t) => [t.year, t.headerRow, results(t)])).toEqual([
      [2019, 2, ["92 %"]],
      [2020, 2, ["95 %"]],
      [2021, 2, ["94 %"]],
    ]);
  });
});

describe("locateTables on years over pairs of columns", () => {
  const pairs = (extraMerges: readonly { top: number; left: number; bottom: number; right: number }[] = []) =>
    grid(
      "Suivi",
      [
        ["Thématique", "Indicateur", 2021, "", 2022, ""],
        ["", "", "Résultat", "Cible", "Résultat", "Cible"],
        ["Accueil", "Taux d'appels aboutis", "95 %", "> 90 %", "94 %", "> 92 %"],
        ["", "Délai de réponse", "1,4 jours", "5 jours", "1,5 jours", "4 jours"],
      ],
      {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 5, bottom: 1, right: 6 },
          ...extraMerges,
        ],
      },
    );
  const byYear = (tables: YearTable[]) =>
    tables.map((t) => [t.year, t.source, t.headerRow, t.rows.map((row) => [row.name, row.result.address, row.target?.address])]);

  it("gives each year the result and the target of its own pair", () => {
    expect(byYear(tablesOf(pairs()))).toEqual([
      [2021, "year-column", 2, [["Taux d'appels aboutis", "C3", "D3"], ["Délai de réponse", "C4", "D4"]]],
      [2022, "year-column", 2, [["Taux d'appels aboutis", "E3", "F3"], ["Délai de réponse", "E4", "F4"]]],
    ]);
  });

  it("reads the pairs the same when Thématique and Indicateur are merged down over both header rows", () => {
    const merged = pairs([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ]);
    expect(byYear(tablesOf(merged))).toEqual(byYear(tablesOf(pairs())));
  });

  it("reads one year over `Objectif | Réalisé` as that year's table, its target beside it", () => {
    const [table, ...others] = tablesOf(
      grid(
        "Indicateurs",
        [
          ["Indicateur", "Année 2021", ""],
          ["", "Objectif", "Réalisé"],
          ["Taux d'appels aboutis", "> 90 %", "94 %"],
        ],
        { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }] },
      ),
    );
    expect(others).toEqual([]);
    expect(table).toMatchObject({ year: 2021, source: "year-sheet", headerRow: 2 });
    expect([table.rows[0].result.address, table.rows[0].target?.address]).toEqual(["C3", "B3"]);
  });

  it("skips the same two-row header repeated inside the table, as on a printed page", () => {
    const merges = (top: number) => [
      { top, left: 1, bottom: top + 1, right: 1 },
      { top, left: 2, bottom: top, right: 3 },
      { top, left: 4, bottom: top, right: 5 },
    ];
    const header = [
      ["Indicateur", 2021, "", 2022, ""],
      ["", "Résultat", "Cible", "Résultat", "Cible"],
    ];
    const tables = tablesOf(
      grid("Suivi", [...header, ["Taux A", "95 %", "90 %", "94 %", "90 %"], ...header, ["Taux B", "80 %", "85 %", "82 %", "85 %"]], {
        merges: [...merges(1), ...merges(4)],
      }),
    );
    expect(tables.map((t) => [t.year, names(t), results(t)])).toEqual([
      [2021, ["Taux A", "Taux B"], ["95 %", "80 %"]],
      [2022, ["Taux A", "Taux B"], ["94 %", "82 %"]],
    ]);
  });

  it("reads a thématique row whose words look like a heading as data, not as sub-headings", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Thématique", "Indicateur", "Résultat"],
        ["Résultats des enquêtes", "", ""],
        ["", "Taux de satisfaction", "98 %"],
      ]),
    );
    expect(table.headerRow).toBe(1);
    expect(table.rows.map((row) => [row.theme, row.name])).toEqual([["Résultats des enquêtes", "Taux de satisfaction"]]);
  });

  it("reads a year merged over one column as one year column, not one per cell", () => {
    const tables = tablesOf(
      grid("Suivi", [["Indicateur", 2021, ""], ["Taux", "94 %", ""]], { merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] }),
    );
    expect(tables.map((t) => [t.year, t.rows[0].result.address])).toEqual([[2021, "B2"]]);
  });
});

describe("locateTables on a long table, one row per indicator and per year", () => {
  it.each(["Année", "Exercice", "Période"])("gives each year of the `%s` column its own rows", (yearHeader) => {
    const tables = tablesOf(
      grid("Historique", [
        [yearHeader, "Thématique", "Indicateur", "Résultat", "Cible"],
        [2020, "Accueil", "Taux d'appels aboutis", "95 %", "> 90 %"],
        [2020, "Courriels", "Délai de réponse", "1,4 jours", "5 jours"],
        ["Exercice 2021", "Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
        ["2020-2021", "Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
      ]),
    );
    expect(tables.map((t) => [t.year, t.source, names(t), results(t), t.rows.map((row) => row.target?.address)])).toEqual([
      [2020, "year-rows", ["Taux d'appels aboutis", "Délai de réponse"], ["95 %", "1,4 jours"], ["E2", "E3"]],
      [2021, "year-rows", ["Taux d'appels aboutis", "Délai de réponse"], ["94 %", "1,5 jours"], ["E4", "E5"]],
    ]);
  });

  it("carries a year written once, or merged down, over the rows below it", () => {
    const tables = tablesOf(
      grid(
        "Historique",
        [
          ["Année", "Indicateur", "Résultat"],
          [2020, "Taux A", "95 %"],
          ["", "Taux B", "90 %"],
          [2021, "Taux A", "94 %"],
          ["", "Taux B", "91 %"],
        ],
        { merges: [{ top: 4, left: 1, bottom: 5, right: 1 }] },
      ),
    );
    expect(tables.map((t) => [t.year, names(t)])).toEqual([
      [2020, ["Taux A", "Taux B"]],
      [2021, ["Taux A", "Taux B"]],
    ]);
  });

  it("keeps a row whose year cannot be read out of the year above, and names it in every year's table", () => {
    const tables = tablesOf(grid("Historique", [["Année", "Indicateur", "Résultat"], [2020, "Taux A", "95 %"], ["2O21", "Taux A", "94 %"]]));
    expect(tables.map((t) => [t.year, results(t), t.unreadableYears])).toEqual([[2020, ["95 %"], [{ name: "Taux A", cell: "A3", shown: "2O21" }]]]);
  });

  it("reads a `Période` column that holds no year as an ordinary table of the sheet's year", () => {
    const tables = tablesOf(grid("Indicateurs 2021", [["Période", "Indicateur", "Résultat"], ["Année", "Taux A", "94 %"]]));
    expect(tables.map((t) => [t.year, t.source, names(t)])).toEqual([[2021, "year-sheet", ["Taux A"]]]);
  });
});

describe("locateTables on data rows holding header words", () => {
  it("keeps reading past a row whose name and comment look like headers but whose result is a value", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Indicateur", "Résultat", "Commentaire"],
        ["Taux A", "94 %", ""],
        ["Libellé des courriers", "90 %", "Valeur stable"],
        ["Taux C", "80 %", ""],
      ]),
    );
    expect(names(table)).toEqual(["Taux A", "Libellé des courriers", "Taux C"]);
  });

  it("skips the same header repeated inside the table, as on a printed page", () => {
    const tables = tablesOf(
      grid("2021", [
        ["Indicateur", "Résultat"],
        ["Taux A", "94 %"],
        ["Indicateur", "Résultat"],
        ["Taux B", "90 %"],
      ]),
    );
    expect(tables.map(names)).toEqual([["Taux A", "Taux B"]]);
  });

  it("starts another table at a different header row", () => {
    const tables = tablesOf(
      grid("Bilans", [
        ["Indicateur", "Résultat 2020"],
        ["Taux A", "95 %"],
        ["Indicateur", "Résultat 2021"],
        ["Taux A", "94 %"],
      ]),
    );
    expect(tables.map((t) => [t.year, names(t)])).toEqual([
      [2020, ["Taux A"]],
      [2021, ["Taux A"]],
    ]);
  });
});

describe("locateTables on a long comment alone on its row", () => {
  it("keeps reading: it continues the comment above, it does not close the table", () => {
    const [table] = tablesOf(
      grid("2021", [
        ["Indicateur", "Résultat", "Commentaires"],
        ["Taux A", "94 %", "En baisse"],
        ["", "", "Bonne réactivité des services dans les réponses apportées aux usagers, délai équivalent à 2020."],
        ["Taux B", "90 %", ""],
      ]),
    );
    expect(names(table)).toEqual(["Taux A", "Taux B"]);
  });
});

describe("locateTables below a header", () => {
  it("tolerates a few blank rows before the first indicator", () => {
    const [table] = tablesOf(grid("2021", [["Indicateur", "Résultat"], [], [], ["Taux A", "94 %"]]));
    expect(names(table)).toEqual(["Taux A"]);
  });

  it("gives an empty table when the header stands alone above many blank rows", () => {
    const [table] = tablesOf(grid("2021", [["Indicateur", "Résultat"], [], [], [], [], [], ["Taux A", "94 %"]]));
    expect(names(table)).toEqual([]);
  });
});
