/**
 * `npm run lint:probes`: shows that the layer rules of eslint.config.mjs bite. Each probe is one import
 * in a forbidden direction, linted in memory (ESLint's lintText under a file name in that layer; nothing
 * is written), and must be rejected by the named rule; each control, an allowed import, must pass.
 * Exit 1 when a probe passes or a control is rejected.
 */
import { ESLint } from "eslint";

const RESTRICTED = "import/no-restricted-paths";
const probe = (file, source, rule = RESTRICTED) => ({ file, code: `import * as probe from "${source}";\nexport { probe };\n`, rule });

const FORBIDDEN = [
  probe("src/domain/zz-probe.ts", "../report/plan"),
  probe("src/domain/zz-probe.ts", "../port"),
  probe("src/domain/zz-probe.ts", "../excel/excel-operations"),
  probe("src/domain/zz-probe.ts", "../xlsx/read-workbook"),
  probe("src/domain/zz-probe.ts", "../cli/main"),
  probe("src/domain/zz-probe.ts", "../taskpane/strings"),
  probe("src/domain/zz-probe.ts", "../playground/observed-excel"),
  probe("src/domain/zz-probe.ts", "../simulated-excel"),
  probe("src/report/zz-probe.ts", "../port"),
  probe("src/report/zz-probe.ts", "../excel/apply-plan"),
  probe("src/report/zz-probe.ts", "../xlsx/read-workbook"),
  probe("src/report/zz-probe.ts", "../cli/main"),
  probe("src/report/zz-probe.ts", "../taskpane/strings"),
  probe("src/excel/zz-probe.ts", "../taskpane/strings"),
  probe("src/xlsx/zz-probe.ts", "../taskpane/strings"),
  probe("src/cli/zz-probe.ts", "../taskpane/strings"),
  probe("src/excel/zz-probe.ts", "../simulated-excel"),
  probe("src/taskpane/zz-probe.ts", "../simulated-excel"),
  probe("src/playground/zz-probe.ts", "../../test/simulated-excel/fixtures"),
  // Linted under the name of a module that the import leads back to: a cycle.
  probe("src/domain/snapshot.ts", "./analysis/analyze-workbook", "import/no-cycle"),
  { file: "test/zz-probe.test.ts", code: 'it.only("runs alone", () => expect(1).toBe(1));\n', rule: "no-restricted-syntax" },
];

const ALLOWED = [
  probe("src/report/zz-probe.ts", "../domain/analysis"),
  probe("src/excel/zz-probe.ts", "../port"),
  probe("src/taskpane/zz-probe.ts", "../port"),
  probe("src/playground/zz-probe.ts", "../simulated-excel"),
  probe("test/zz-probe.test.ts", "../src/simulated-excel"),
];

// import/no-cycle needs the linted file on disk: probes under a made-up name are linted without it.
const onDisk = new ESLint();
const inMemory = new ESLint({ overrideConfig: { rules: { "import/no-cycle": "off" } } });
const rulesFired = async ({ file, code }) => {
  const eslint = file.includes("zz-probe") ? inMemory : onDisk;
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.filter((message) => message.severity === 2).map((message) => message.ruleId);
};

let failures = 0;
for (const entry of FORBIDDEN) {
  const fired = await rulesFired(entry);
  const ok = fired.includes(entry.rule);
  if (!ok) failures++;
  console.log(`${ok ? "rejected" : "NOT REJECTED"}  ${entry.file} ← ${entry.code.split("\n")[0]}  (${fired.join(", ") || "no error"})`);
}
for (const entry of ALLOWED) {
  const fired = await rulesFired(entry);
  if (fired.length > 0) failures++;
  console.log(`${fired.length === 0 ? "allowed" : "REJECTED"}  ${entry.file} ← ${entry.code.split("\n")[0]}${fired.length ? `  (${fired.join(", ")})` : ""}`);
}
console.log(failures === 0 ? "Every forbidden import is rejected; every allowed one passes." : `${failures} probe(s) gave the wrong answer.`);
process.exitCode = failures === 0 ? 0 : 1;
