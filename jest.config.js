/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: require("./jest.transform.js"),
  setupFilesAfterEnv: [],
  // One worker per core. Jest's default (cores − 1) runs the suite in band on a 2-core machine, one core idle.
  maxWorkers: "100%",
};
