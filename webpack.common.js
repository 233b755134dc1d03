/* eslint-disable no-undef */
/** What the task pane's and the playground's builds share: TypeScript through ts-loader, transpile only. */
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
};
