import fc from "fast-check";
import { parseTelephonyText, readTelephonySheet } from "../../../src/domain/telephony";
import { decodeExportBytes } from "../../../src/cli/decode-export";
import { planTelephonyUpsert } from "../../../src/report/telephony";
import { applyUpsert } from "../../report/telephony/apply-upsert";

const WORDS = ["Mois", "Date", "Appels reçus", "Appels aboutis", "Appels perdus", "Total", "janvier", "févr.", "04/01/2021", "2021-03", "1 520", "94,2", '"94,2"', "-5", "#N/A", ""];
const exportLike = fc
  .array(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string(), fc.integer({ min: -10, max: 5000 }).map(String)), { maxLength: 6 }), { maxLength: 30 })
  .chain((rows) => fc.constantFrom(";", "\t", ",").map((separator) => rows.map((row) => row.join(separator)).join("\n")));
const anyText = fc.oneof(fc.string({ unit: "binary" }), exportLike);

describe("parseTelephonyText, on any text", () => {
  it("never throws, and every issue names a line of the text and every month its place", () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }), (text, year) => {
        const reading = parseTelephonyText(text, year === undefined ? {} : { year });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const issue of reading.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(lines);
        }
        for (const month of reading.monthly.months) {
          expect(month.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
          expect(month.answered).toBeLessThanOrEqual(month.received);
        }
        const received = reading.monthly.months.reduce((sum, m) => sum + m.received, 0);
        expect(reading.monthly.received).toBe(received);
      }),
      { numRuns: 300 },
    );
  });

  it("decodes any bytes to a string", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => typeof decodeExportBytes(bytes) === "string"));
  });
});

describe("planTelephonyUpsert, on any valid months", () => {
  const monthFigures = fc
    .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 })
    .chain((months) =>
      fc.tuple(
        ...months.map((month) =>
          fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([received, share]) => {
            const answered = Math.floor(received * share);
            return { month: `2021-${String(month).padStart(2, "0")}`, received, answered, rate: Math.round((answered / received) * 10000) / 100 };
          }),
        ),
      ),
    );

  it("gives, after two successive upserts, a sheet that reads back as the union of the months, the later ones winning", () => {
    fc.assert(
      fc.property(monthFigures, monthFigures, (first, second) => {
        const sheet = applyUpsert(null, planTelephonyUpsert(null, 2021, first));
        const updated = applyUpsert(sheet, planTelephonyUpsert(sheet, 2021, second));
        const expected = new Map(first.map((m) => [m.month, m]));
        for (const m of second) expected.set(m.month, m);
        const totalRow = updated.cells.findIndex((row) => row[0].value === "Total") + 1;
        expect(updated.cells[totalRow - 1][1].formula).toBe(`=SUM(B4:B${totalRow - 1})`);
        const reading = readTelephonySheet(updated, {});
        expect(reading?.issues.filter((i) => i.code !== "MONTH_MISSING")).toEqual([]);
        expect(reading?.monthly.months.map(({ month, received, answered }) => ({ month, received, answered }))).toEqual(
          [...expected.values()].sort((a, b) => a.month.localeCompare(b.month)).map(({ month, received, answered }) => ({ month, received, answered })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
