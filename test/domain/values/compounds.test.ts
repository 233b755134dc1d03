import { parseResult, parseTarget } from "../../../src/domain/values";
import { textCell } from "../../helpers/cells";

describe("rates with a time limit", () => {
  it.each([
    ["100 % en 1 h", null, 100, 1, "heures"],
    ["100 % sous 48 h", null, 100, 48, "heures"],
    ["100% sous 48h", null, 100, 48, "heures"],
    ["90 % en moins de 5 jours", null, 90, 5, "jours"],
    ["95 % dans les 5 jours ouvrés", null, 95, 5, "jours"],
    ["80 % dans un délai de 10 jours", null, 80, 10, "jours"],
    ["≥ 90 % en 15 min", ">=", 90, 15, "minutes"],
    ["au moins 90 % sous 2 h", ">=", 90, 2, "heures"],
  ])("reads the target %j as %j %d %% within %d %s", (text, comparator, value, limit, unit) => {
    expect(parseTarget(textCell(text))).toMatchObject({
      kind: "value",
      raw: text,
      quantity: { comparator, dimension: "percent", value, unit: "%", within: { dimension: "duration", value: limit, unit } },
    });
  });

  it("keeps the working days of the limit", () => {
    expect(parseTarget(textCell("95 % dans les 5 jours ouvrés"))).toMatchObject({
      quantity: { within: { workingDays: true } },
    });
  });

  it("reads a result written as a rate with its limit as the rate", () => {
    expect(parseResult(textCell("98 % en 1 h"))).toMatchObject({ kind: "value", quantity: { dimension: "percent", value: 98 } });
  });

  it.each([["100 % en 1 pomme"], ["100 % en"], ["100 % 1 h"], ["1 h en 100 %"], ["100 % en 0 h"]])(
    "does not read %j as a rate with a limit",
    (text) => {
      expect(parseTarget(textCell(text)).kind).toBe("unreadable");
    },
  );
});
