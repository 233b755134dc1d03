/* eslint-disable no-undef */
/** What the task pane's and the playground's builds share: TypeScript through ts-loader, transpile only. */
module.exports = {
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  typescriptRule: {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
  },
};
