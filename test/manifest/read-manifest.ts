/** Loads manifest.xml with the DOM's XML parser (tests run in jsdom), for offline structure checks. */
import { readFileSync } from "fs";
import { resolve } from "path";

export const ROOT = resolve(__dirname, "..", "..");

export function readManifest(): Document {
  const text = readFileSync(resolve(ROOT, "manifest.xml"), "utf8");
  const document = new DOMParser().parseFromString(text, "application/xml");
  const failure = document.getElementsByTagName("parsererror")[0];
  if (failure) throw new Error(`manifest.xml is not well-formed XML: ${failure.textContent ?? ""}`);
  return document;
}

export function childNames(element: Element): string[] {
  return Array.from(element.children).map((child) => child.localName);
}

export function child(element: Element, name: string): Element {
  const found = Array.from(element.children).find((candidate) => candidate.localName === name);
  if (!found) throw new Error(`<${element.localName}> has no <${name}>`);
  return found;
}

export function everything(document: Document): Element[] {
  return Array.from(document.getElementsByTagName("*"));
}

export function all(document: Document, name: string): Element[] {
  return everything(document).filter((element) => element.localName === name);
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

/** True when the names appear in the schema's order (names not in the order list are refused). */
export function followsOrder(names: readonly string[], order: readonly string[]): boolean {
  const positions = names.map((name) => order.indexOf(name));
  return positions.every((position, index) => position >= 0 && (index === 0 || position > positions[index - 1]));
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
