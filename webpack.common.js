/* eslint-disable no-undef */
/** What the task pane's and the playground's builds share: TypeScript through ts-loader, transpile only. */
const path = require("path");
const { DefinePlugin } = require("webpack");

/** Fluent's tokens package, the one @fluentui/react-components itself uses (npm may nest it). */
function fluentTokens() {
  return require(require.resolve("@fluentui/tokens", { paths: [path.dirname(require.resolve("@fluentui/react-components"))] }));
}

module.exports = {
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  /**
   * Our modules only declare things (none is imported for its side effects), so webpack may leave out whatever a
   * barrel (index.ts) re-exports and the importer does not use: the pane's first chunk carries no unused engine code.
   */
  sideEffectFreeSources: { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
  typescriptRule: {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
  },
  /**
   * Fluent's webLightTheme computed here, at build time, and written into the pane as a literal
   * (src/taskpane/theme.ts): the same values, without the code that derives them from Fluent's colour ramps
   * (about 2 KiB gzip less before the first paint).
   */
  webLightThemeAtBuildTime: () => new DefinePlugin({ __FLUENT_WEB_LIGHT_THEME__: JSON.stringify(fluentTokens().webLightTheme) }),
};
