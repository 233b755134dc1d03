/** Stops the static server the global setup started. */
import type { StaticServer } from "./static-server";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { playgroundServer?: StaticServer }).playgroundServer?.close();
}
