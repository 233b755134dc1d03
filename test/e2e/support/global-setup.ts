/**
 * Once for the whole end-to-end run: build the playground (the sample workbook embedded) and serve it.
 * The tests read its address from PLAYGROUND_URL. E2E_SKIP_BUILD=1 reuses an existing dist/playground/.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serveDirectory, type StaticServer } from "./static-server";

export const PLAYGROUND_DIR = resolve(__dirname, "..", "..", "..", "dist", "playground");

function build(): void {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const outcome = spawnSync(process.execPath, [webpack, "-c", "webpack.playground.config.js", "--mode", "development", "--env", "e2e"], {
    cwd: resolve(__dirname, "..", "..", ".."),
    encoding: "utf8",
  });
  if (outcome.status !== 0) throw new Error(`The playground build failed:\n${outcome.stdout}\n${outcome.stderr}`);
}

export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(resolve(PLAYGROUND_DIR, "index.html"))) build();
  const server: StaticServer = await serveDirectory(PLAYGROUND_DIR);
  (globalThis as { playgroundServer?: StaticServer }).playgroundServer = server;
  process.env.PLAYGROUND_URL = server.url;
}
