/**
 * The number formats a cell style names by id without writing them (ECMA-376 part 1, §18.8.30 `numFmt`,
 * the built-in formats 0–49). Those marked locale-dependent (14, 15, 22…) are shown the French way by
 * display-text.ts; the ids the standard leaves to East Asian locales (27–36, 50–81) are read as General.
 */
const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtinNumberFormat(id: number): string {
  return BUILTIN_NUMBER_FORMATS[id] ?? "General";
}
