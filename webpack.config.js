/* eslint-disable no-undef */
/**
 * Builds the task pane into dist/web/ (dist/cli/ is the command line's tsc output).
 *   npm run build        production bundle
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, or http when certificates are
 *                        unavailable (or with --env http, for the playground)
 */
const path = require("path");
const common = require("./webpack.common");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PORT = 3000;
const OUTPUT = path.resolve(__dirname, "dist", "web");

/** Installing certificates may wait for a password prompt nobody answers (CI, containers): give up after a while. */
const CERTIFICATE_WAIT_MS = 20000;

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`délai de ${CERTIFICATE_WAIT_MS / 1000} s dépassé`)), CERTIFICATE_WAIT_MS).unref(),
    );
    const { ca, key, cert } = await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    console.warn(`Certificats de développement indisponibles (${error.message}) : serveur en http.`);
    return { type: "http" };
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const entry = { taskpane: "./src/taskpane/index.tsx" };

  const pages = [
    new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
    new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/taskpane/commands.html", chunks: [] }),
  ];

  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: OUTPUT,
      filename: "[name].[contenthash:8].js",
      // Panes loaded when first used: chunks beside taskpane.js, fetched from the address the page's own script came
      // from ("auto"), so the build works wherever it is hosted. That is the manifest's SourceLocation host, where
      // Office expects the add-in's files (https://learn.microsoft.com/javascript/api/manifest/sourcelocation), and
      // what the page's Content-Security-Policy (script-src 'self') allows.
      publicPath: "auto",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: common.resolve,
    module: { rules: [common.typescriptRule, common.sideEffectFreeSources] },
    plugins: [
      common.webLightThemeAtBuildTime(),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { maxEntrypointSize: 800 * 1024, maxAssetSize: 800 * 1024 },
    devServer: {
      static: { directory: OUTPUT },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.http ? { type: "http" } : await httpsOptions(),
      port: PORT,
      hot: false,
      client: false,
    },
  };
};
