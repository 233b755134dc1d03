/**
 * `npm run lint` (eslint src test):
 *  - the Office add-in rules of eslint-plugin-office-addins (load before read, sync before read, no sync in
 *    loops, isNullObject checks…) on every .ts AND .tsx file under src/ (the plugin's shipped config only
 *    matches .ts);
 *  - the layers (README, "How it is built"): imports point one way, checked by import/no-restricted-paths,
 *    and no module imports itself back through others (import/no-cycle), in src/ and test/;
 *  - src/domain and src/report stay pure (no Office, React, exceljs or Node I/O);
 *  - task pane components never call Office or Excel themselves (only src/taskpane/index.tsx boots it);
 *  - no HTML from the workbook is ever rendered as markup;
 *  - tests never narrow the run (`.only`) nor skip a test unconditionally;
 *  - what the first paint shows styles itself without makeStyles (README, "The first paint").
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const officeAddins = require("eslint-plugin-office-addins");
const importPlugin = require("eslint-plugin-import");
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

/**
 * The layers, lowest first: domain ← report ← port ← adapters (excel, xlsx, cli) ← pane ← playground.
 * The simulated Excel host stands beside the adapters: the playground and the tests run the Excel
 * adapter on it, so neither the adapter nor anything below may import it. Nothing in src imports test.
 */
const ADAPTERS = ["./src/excel", "./src/xlsx", "./src/cli"];
const PANE = ["./src/taskpane"];
const PLAYGROUND = ["./src/playground"];
const SIMULATED_HOST = ["./src/simulated-excel"];
const PORT = ["./src/port"];
const layer = (target, from, message) => ({ target, from, message });
const LAYER_ZONES = [
  layer("./src/domain", ["./src/report", ...PORT, ...ADAPTERS, ...PANE, ...PLAYGROUND, ...SIMULATED_HOST], "src/domain est le socle : il n'importe ni le rapport, ni le port, ni les adaptateurs, ni le volet, ni l'Excel simulé."),
  layer("./src/report", [...PORT, ...ADAPTERS, ...PANE, ...PLAYGROUND, ...SIMULATED_HOST], "src/report ne dépend que de src/domain."),
  layer("./src/port", [...ADAPTERS, ...PANE, ...PLAYGROUND, ...SIMULATED_HOST], "src/port ne dépend que des types du domaine."),
  layer(ADAPTERS, [...PANE, ...PLAYGROUND, ...SIMULATED_HOST], "Les adaptateurs (excel, xlsx, cli) ne connaissent ni le volet, ni le terrain de jeu, ni l'Excel simulé."),
  layer(SIMULATED_HOST, ["./src/excel", "./src/cli", ...PANE, ...PLAYGROUND], "L'Excel simulé ne dépend ni de l'adaptateur Excel qu'il sert à éprouver, ni du volet."),
  layer(PANE, [...PLAYGROUND, ...SIMULATED_HOST], "Le volet ne connaît ni le terrain de jeu ni l'Excel simulé."),
  layer("./src", ["./test"], "Le code de production n'importe rien de test/."),
];

const TYPESCRIPT = {
  parser: tsParser,
  ecmaVersion: 2022,
  sourceType: "module",
  parserOptions: { ecmaFeatures: { jsx: true } },
};

const IMPORT_SETTINGS = {
  "import/parsers": { [fromPlugin.resolve("@typescript-eslint/parser")]: [".ts", ".tsx"] },
  "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
  "import/extensions": [".ts", ".tsx", ".js"],
};

/** Unconditional narrowing or skipping of tests (`describe.skip` stays, for suites gated on an installed tool). */
const FOCUSED_OR_SKIPPED = ["it.only", "test.only", "describe.only", "it.skip", "test.skip", "fit", "fdescribe", "xit", "xtest", "xdescribe"].map((callee) => {
  const [object, property] = callee.split(".");
  const selector = property
    ? `CallExpression > MemberExpression.callee[object.name="${object}"][property.name="${property}"]`
    : `CallExpression > Identifier.callee[name="${object}"]`;
  return { selector, message: `${callee} est interdit : chaque test tourne à chaque fois.` };
});

/** The modules of the pane's first chunk that draw something: inline styles, so Griffel's style compiler stays out of it. */
const FIRST_PAINT = ["App.tsx", "components/TabBar.tsx", "components/GearIcon.tsx", "components/TabsOverflowMenu.tsx", "panes/AnalyzePane.tsx", "components/PaneLoader.tsx", "components/ActionFeedback.tsx", "components/FailureBar.tsx"].map((file) => `src/taskpane/${file}`);
const RUNTIME_STYLES = {
  selector: "ImportSpecifier[imported.name=/^make(Styles|ResetStyles|StaticStyles)$/]",
  message: "Le premier affichage n'embarque pas le compilateur de styles de Griffel : styles en ligne sur les variables de Fluent (README, « The first paint »).",
};

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", "test/e2e/screenshots/**"] },
  // Only a subset of rules runs here: directives written for other rules are not "unused".
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "test/**/*.ts", "test/**/*.tsx"],
    languageOptions: TYPESCRIPT,
    plugins: { import: importPlugin, "@typescript-eslint": tsPlugin, react },
    settings: { ...IMPORT_SETTINGS, react: { version: "18.3" } },
    rules: {
      "import/no-restricted-paths": ["error", { zones: LAYER_ZONES }],
      "import/no-cycle": "error",
      "no-eval": "error",
      "react/no-danger": "error",
      "react/jsx-key": "error",
      "react/jsx-no-target-blank": "error",
    },
  },
  {
    // Tests drive the simulated host on purpose the way Office.js must not be driven (reading before load…),
    // so the Office rules hold for production code only.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "no-restricted-syntax": ["error", ...FOCUSED_OR_SKIPPED] },
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
  {
    files: FIRST_PAINT,
    rules: { "no-restricted-syntax": ["error", RUNTIME_STYLES] },
  },
];
