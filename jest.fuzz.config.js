/**
 * `npm run fuzz`: the fast-check properties under test/fuzz, FUZZ_RUNS times each (100 000 by default).
 * Kept out of `npm test`, whose testMatch only takes *.test.ts(x); fuzz-smoke.test.ts runs them there at a small count.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/fuzz"],
  testMatch: ["**/*.fuzz.ts"],
  testTimeout: 24 * 60 * 60 * 1000,
};
