/** Reads the telephony exports under test/fixtures/telephony, as bytes or decoded. */
import { readFileSync } from "fs";
import { join } from "path";
import { decodeExportBytes } from "../../../src/cli/decode-export";

export const FIXTURES = join(__dirname, "..", "..", "fixtures", "telephony");

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  return decodeExportBytes(fixtureBytes(name));
}

/** The twelve months of the 2021 fixtures. */
export const RECEIVED_2021 = [1520, 1388, 1602, 1455, 1310, 1498, 1276, 1034, 1587, 1540, 1402, 1248];
export const ANSWERED_2021 = [1432, 1310, 1498, 1372, 1241, 1405, 1205, 979, 1490, 1452, 1318, 1219];
