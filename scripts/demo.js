#!/usr/bin/env node
/**
 * `npm run demo`: the built command line on the sample workbook. Prints the French analysis
 * of samples/classeur-qualite-2021.xlsx, then generates the report workbook into out/ when
 * the generate command is available. Run after `npm run build:cli` (the npm script does it).
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "bilan-qualite.js");
const SAMPLE = path.join("samples", "classeur-qualite-2021.xlsx");
const REPORT = path.join("out", "rapport-qualite-2021.xlsx");
const GENERATE_SOURCE = path.join(ROOT, "src", "cli", "commands", "generate.ts");

function say(text) {
  process.stdout.write(`${text}\n`);
}

function run(args) {
  say(`\n$ bilan-qualite ${args.join(" ")}\n`);
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.status;
}

function main() {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    process.stderr.write("La ligne de commande n'est pas construite\u00a0: lancez «\u00a0npm run build:cli\u00a0».\n");
    return 1;
  }
  if (!fs.existsSync(path.join(ROOT, SAMPLE))) {
    process.stderr.write(`Classeur d'exemple absent\u00a0: lancez «\u00a0node scripts/build-sample-workbook.js\u00a0».\n`);
    return 1;
  }
  say("Démonstration de Bilan Qualité sur le classeur d'exemple.");
  const analyzed = run(["analyze", SAMPLE]);
  if (analyzed !== 0) return analyzed;
  if (!fs.existsSync(GENERATE_SOURCE)) return 0;
  fs.mkdirSync(path.join(ROOT, "out"), { recursive: true });
  const generated = run(["generate", SAMPLE, "--out", REPORT]);
  if (generated === 0 && fs.existsSync(path.join(ROOT, REPORT))) {
    say(`\nOuvrez ${REPORT} dans Excel pour voir la synthèse, les contrôles et les graphiques.`);
    return 0;
  }
  say("\nLe rapport n'a pas pu être écrit (voir le message ci-dessus).");
  return generated || 1;
}

process.exitCode = main();
