import { decodeExportBytes } from "../../src/cli/decode-export";
import { fixtureBytes } from "../domain/telephony/fixtures";

const SAMPLE = "Mois;Appels reçus;Appels aboutis\r\nfévrier;1 388;1 310\r\naoût;1034;979\r\n";

/** Windows-1252 for the Latin-1 range, which is all French needs here. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

describe("decodeExportBytes", () => {
  it.each([
    ["UTF-8 without BOM", new TextEncoder().encode(SAMPLE)],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)])],
    ["UTF-16 LE with BOM", Uint8Array.from([0xff, 0xfe, ...Buffer.from(SAMPLE, "utf16le")])],
    ["UTF-16 BE with BOM", Uint8Array.from([0xfe, 0xff, ...Buffer.from(SAMPLE, "utf16le").swap16()])],
    ["Windows-1252", windows1252(SAMPLE)],
  ])("decodes %s to the text that was saved", (_encoding, bytes) => {
    expect(decodeExportBytes(bytes)).toBe(SAMPLE);
  });

  it("reads the Windows-1252 curly apostrophe and euro sign that Latin-1 lacks", () => {
    expect(decodeExportBytes(Uint8Array.from([0x6c, 0x92, 0x80]))).toBe("l\u2019€");
  });

  it.each(["monthly-2021-utf8-bom.csv", "monthly-2021-windows-1252.csv", "monthly-2021-utf16le.txt"])(
    "decodes the fixture %s to the same text as the plain UTF-8 one",
    (name) => {
      const plain = decodeExportBytes(fixtureBytes("monthly-2021-semicolon.csv"));
      expect(decodeExportBytes(fixtureBytes(name))).toBe(plain);
    },
  );

  it("decodes the five bytes Windows-1252 leaves undefined to the replacement character", () => {
    expect(decodeExportBytes(Uint8Array.from([0x61, 0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("a\ufffd\ufffd\ufffd\ufffd\ufffd");
  });

  it("gives an empty text for no bytes", () => {
    expect(decodeExportBytes(new Uint8Array())).toBe("");
  });
});
