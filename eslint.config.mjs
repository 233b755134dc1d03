/**
 * `npm run lint`: the Office add-in rules of eslint-plugin-office-addins (load before read, sync before
 * read, no sync in loops, isNullObject checks…) on every .ts AND .tsx file under src/ (the plugin's
 * shipped config only matches .ts), plus the architecture's boundaries:
 *  - src/domain and src/report stay pure (no Office, React, exceljs or Node I/O);
 *  - task pane components never call Office or Excel themselves (only src/taskpane/index.tsx boots it);
 *  - no HTML from the workbook is ever rendered as markup.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const officeAddins = require("eslint-plugin-office-addins");
// The parser and plugins the office-addins plugin itself depends on, resolved from it.
const fromPlugin = createRequire(require.resolve("eslint-plugin-office-addins"));
const tsParser = fromPlugin("@typescript-eslint/parser");
const tsPlugin = fromPlugin("@typescript-eslint/eslint-plugin");
const react = fromPlugin("eslint-plugin-react");

/** The plugin's recommended levels: errors for wrong reads, warnings for slow or old-style code. */
const OFFICE_RULES = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
};

const IMPURE_MODULES = ["react", "react-dom", "react-dom/*", "@fluentui/*", "exceljs", "wasm-xlsxwriter", "fs", "fs/*", "node:*", "path", "child_process", "http", "https"];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**"] },
  // Only a subset of rules runs here: directives written for other rules are not "unused".
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin, react },
    settings: { react: { version: "18.3" } },
    rules: {
      ...OFFICE_RULES,
      "no-eval": "error",
      "react/no-danger": "error",
      "react/jsx-key": "error",
      "react/jsx-no-target-blank": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/report/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: IMPURE_MODULES, message: "src/domain et src/report restent purs." }] }],
      "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension", "document", "window"],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/excel/*", "**/excel"], message: "Les composants reçoivent WorkbookOperations ; seul index.tsx crée l'adaptateur Excel." }] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension"],
    },
  },
];
