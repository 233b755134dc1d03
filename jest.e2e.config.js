/**
 * End-to-end tests (`npm run test:e2e`): the playground built once, served on a free localhost port and
 * driven in Debian's Chromium (/usr/bin/chromium) by playwright-core. One test file at a time: the
 * browser needs the cores.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: require("./jest.transform.js"),
  globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
  maxWorkers: 1,
  testTimeout: 90000,
};
