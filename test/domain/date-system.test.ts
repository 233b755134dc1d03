import { showsCalendarDate, to1900Serial, toWorkbookSerial } from "../../src/domain/date-system";

describe("showsCalendarDate", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["mmm-yy", true],
    ["mmmm yyyy", true],
    ["mmmm", true],
    ["m", true],
    ["[$-40C]mmmm\\ yyyy", true],
    ["dd/mm/yyyy hh:mm", true],
    ['"le "d', true],
    ["General", false],
    ["0%", false],
    ["0.00", false],
    ['0" jours"', false],
    ["0\\ \\j", false],
    ["hh:mm", false],
    ["h:mm:ss AM/PM", false],
    ["mm:ss", false],
    ["[h]:mm", false],
    ["[mm]:ss", false],
    ["0.00E+00", false],
    ["[Red]General", false],
  ])("%s → %s", (format, expected) => {
    expect(showsCalendarDate(format)).toBe(expected);
  });
});

describe("serials between the date systems", () => {
  it("moves a date by 1 462 days in the 1904 system, nothing else, and nothing in the 1900 system", () => {
    expect(to1900Serial(42735, "dd/mm/yyyy", 1904)).toBe(44197);
    expect(toWorkbookSerial(44197, "mmm-yy", 1904)).toBe(42735);
    expect(to1900Serial(1.5, "[h]:mm", 1904)).toBe(1.5);
    expect(to1900Serial(1520, "#,##0", 1904)).toBe(1520);
    expect(to1900Serial(44197, "dd/mm/yyyy", 1900)).toBe(44197);
    expect(toWorkbookSerial(44197, "dd/mm/yyyy", 1900)).toBe(44197);
  });
});
