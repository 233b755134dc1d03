/* eslint-disable no-undef */
/**
 * The playground: the real task pane beside a simulated Excel seeded with the sample workbook
 * (or, with `?classeur=sites`, the two-site sample).
 *   npm run playground                      serves it on http://localhost:3001
 *   webpack -c webpack.playground.config.js  builds it into dist/playground/ (the end-to-end tests do)
 * The sample is read here, in Node, by the command line's file reader (dist/xlsx, built by `npm run
 * build:cli`), and embedded in the bundle as JSON: the browser never loads exceljs.
 * Kept apart from webpack.config.js so nothing of it reaches the task pane's production bundle.
 */
const path = require("path");
const common = require("./webpack.common");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PORT = 3001;
const OUTPUT = path.resolve(__dirname, "dist", "playground");
const SAMPLE = path.resolve(__dirname, "samples", "classeur-qualite-2021.xlsx");
/** Another sample, opened with `?classeur=sites`: two telephony sites, four years. */
const SITES_SAMPLE = path.resolve(__dirname, "samples", "classeur-qualite-sites-2019-2022.xlsx");

async function readSample(file = SAMPLE) {
  let reader;
  try {
    reader = require("./dist/xlsx/read-workbook.js");
  } catch (error) {
    throw new Error(`Lecteur de classeurs introuvable (${error.message}) : lancez d’abord « npm run build:cli ».`);
  }
  const snapshot = await reader.readWorkbookFile(file);
  return { fileName: path.basename(file), snapshot };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const sample = await readSample();
  const sites = await readSample(SITES_SAMPLE);
  return {
    mode: options.mode ?? "development",
    devtool: dev && !env.e2e ? "eval-cheap-source-map" : false,
    entry: { playground: "./src/playground/index.tsx" },
    output: { path: OUTPUT, filename: "[name].[contenthash:8].js", clean: true },
    resolve: common.resolve,
    module: { rules: [common.typescriptRule] },
    plugins: [
      new webpack.DefinePlugin({ __SAMPLE_WORKBOOK__: JSON.stringify(sample), __SITES_WORKBOOK__: JSON.stringify(sites) }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/playground/playground.html", chunks: ["playground"] }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: OUTPUT },
      server: { type: "http" },
      host: "localhost",
      port: PORT,
      hot: false,
      client: false,
      open: false,
    },
  };
};
