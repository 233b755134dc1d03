"use strict";
/**
 * Builds the bare one-button pane in production mode with the task pane's loader (ts-loader),
 * into the directory given by --env outDir=… (the benchmark passes a temporary one).
 */
const path = require("node:path");

/**
 * Fluent's context selector needs `scheduler` as a peer; npm left it nested under react-dom, where webpack
 * does not look from Fluent's folder, so point at that copy (the one React itself uses).
 */
const SCHEDULER = path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] }));

module.exports = (env) => ({
  mode: "production",
  devtool: false,
  entry: { baseline: path.join(__dirname, "index.tsx") },
  output: { path: env.outDir, filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"], alias: { scheduler: SCHEDULER } },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // The task pane's loader options (webpack.config.js): ES modules out, so Fluent's ES build is tree-shaken.
          options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
        },
      },
    ],
  },
  performance: { hints: false },
});
