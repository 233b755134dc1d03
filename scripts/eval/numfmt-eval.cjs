/**
 * Runs the display-text cases of test/xlsx/read-display-text.test.ts through numfmt (French locale)
 * and prints the ones it renders differently: `node scripts/eval/numfmt-eval.cjs`.
 * Errors, booleans and texts are not numfmt's concern; the locale short date is mapped as displayText does.
 */
const fs = require("fs");
const path = require("path");

const LOCALE_FORMATS = { "mm-dd-yy": "dd/mm/yyyy" };

async function main() {
  // The installed numfmt's `require` entry (dist/index.cjs) is missing: only its ES module loads.
  const numfmt = await import("numfmt");
  const src = fs.readFileSync(path.join(__dirname, "../../test/xlsx/read-display-text.test.ts"), "utf8");
  const opening = "it.each<[string, CellValue, string, string]>(";
  const start = src.indexOf(opening) + opening.length;
  const end = src.indexOf('])("shows', start) + 1;
  const NNBSP = "\u202f"; // eslint-disable-line no-unused-vars -- read by the evaluated table
  const cases = eval(src.slice(start, end)).filter(([, value]) => typeof value === "number");
  let same = 0;
  for (const [label, value, format, expected] of cases) {
    const got = numfmt.format(LOCALE_FORMATS[format] ?? format, value, { locale: "fr" });
    if (got === expected) same++;
    else console.log(JSON.stringify({ label, format, value, expected, got }));
  }
  console.log(`${same}/${cases.length} number cases rendered as the tests expect`);
}

main();
