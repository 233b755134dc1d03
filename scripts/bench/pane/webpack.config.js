"use strict";
/**
 * Fallback used only when `npm run build` fails: the task pane's own webpack configuration, in production
 * mode, with the baseline's one addition (where to find `scheduler`) and a temporary output directory
 * (--env outDir=…). The benchmark says when it measured this instead of `npm run build`.
 */
const path = require("node:path");
const projectConfig = require("../../../webpack.config.js");

const SCHEDULER = path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] }));

module.exports = async (env = {}, options = {}) => {
  const config = await projectConfig(env, { ...options, mode: "production" });
  return {
    ...config,
    mode: "production",
    context: path.join(__dirname, "..", "..", ".."),
    output: { ...config.output, path: env.outDir },
    resolve: { ...config.resolve, alias: { ...(config.resolve?.alias ?? {}), scheduler: SCHEDULER } },
    devServer: undefined,
  };
};
