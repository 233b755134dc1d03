/**
 * Windows-1252 decoding by table: Node 20's TextDecoder("windows-1252") drops the bytes
 * 0x80–0x9F (’ € œ …) instead of mapping them, so the mapping is done here.
 */

/** 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their C1 code point, as browsers do. */
const HIGH_CONTROLS =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}
