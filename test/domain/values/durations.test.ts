import { parseResult } from "../../../src/domain/values";
import { numberCell, textCell } from "../../helpers/cells";

describe("durations", () => {
  it.each([
    ["1,5 jours", 1.5, "jours", false],
    ["1,5 j", 1.5, "jours", false],
    ["1 jour", 1, "jours", false],
    ["5 jours ouvrés", 5, "jours", true],
    ["15 jours ouvrables", 15, "jours", true],
    ["5 j ouvrés", 5, "jours", true],
    ["5 jours calendaires", 5, "jours", false],
    ["5 Jours", 5, "jours", false],
    ["1 h", 1, "heures", false],
    ["1h", 1, "heures", false],
    ["2 heures", 2, "heures", false],
    ["36 h", 36, "heures", false],
    ["1h30", 1.5, "heures", false],
    ["1 h 30", 1.5, "heures", false],
    ["1h30min", 1.5, "heures", false],
    ["2 h 15 min", 2.25, "heures", false],
    ["10 minutes", 10, "minutes", false],
    ["10 min", 10, "minutes", false],
    ["10 mn", 10, "minutes", false],
    ["1 min 30 s", 1.5, "minutes", false],
    ["1 min 30", 1.5, "minutes", false],
    ["45 s", 45, "secondes", false],
    ["45 secondes", 45, "secondes", false],
    ["1 j 12 h", 1.5, "jours", false],
    ["02:30", 2.5, "minutes", false],
    ["00:45", 45, "secondes", false],
    ["01:30:00", 1.5, "heures", false],
    ["00:02:30", 2.5, "minutes", false],
    ["-3 jours", -3, "jours", false],
  ])("reads %j as %d %s (working days: %s)", (text, value, unit, workingDays) => {
    const parsed = parseResult(textCell(text));
    expect(parsed).toMatchObject({ kind: "value", quantity: { dimension: "duration", value, unit, bare: false } });
    expect(parsed.kind === "value" && parsed.quantity.workingDays === true).toBe(workingDays);
  });

  it.each([
    [1.5 / 24, "[h]:mm", "1:30", 1.5, "heures"],
    [2.5 / 1440, "mm:ss", "02:30", 2.5, "minutes"],
    [45 / 86400, "mm:ss", "00:45", 45, "secondes"],
    [1.5, "[h]:mm:ss", "36:00:00", 36, "heures"],
    [0.5, "hh:mm:ss", "12:00:00", 12, "heures"],
  ])("reads the Excel time %d formatted %j as %d %s", (value, format, text, expected, unit) => {
    expect(parseResult(numberCell(value, format, text))).toMatchObject({
      kind: "value",
      raw: text,
      quantity: { dimension: "duration", value: expected, unit },
    });
  });

  it.each([["1 j 12"], ["1 h 30 h"], ["30 min 1 h"], ["5 jours fériés"], ["1h30 de plus"], ["12:75"]])(
    "does not read %j as a duration",
    (text) => {
      expect(parseResult(textCell(text)).kind).toBe("unreadable");
    },
  );
});

describe("less common durations", () => {
  it.each([
    ["2 semaines", 14, "jours", false],
    ["1 semaine", 7, "jours", false],
    ["J+5", 5, "jours", false],
    ["j + 2", 2, "jours", false],
    ["48 heures ouvrées", 48, "heures", true],
    ["10 jours pleins", 10, "jours", false],
  ])("reads %j as %d %s (working: %s)", (text, value, unit, workingDays) => {
    const parsed = parseResult(textCell(text));
    expect(parsed).toMatchObject({ kind: "value", quantity: { dimension: "duration", value, unit } });
    expect(parsed.kind === "value" && parsed.quantity.workingDays === true).toBe(workingDays);
  });
});
