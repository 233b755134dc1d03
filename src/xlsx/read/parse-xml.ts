/**
 * Walks an XML part with saxes (the parser exceljs itself uses), element names without their namespace
 * prefix (`x:c` is `c`), entities already decoded. Malformed XML throws.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, text, close } = handlers;
  if (open) parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (text) parser.on("text", text);
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The attributes of every element named `name` (any prefix), in document order. */
export function elementsNamed(xml: string, name: string): Readonly<Record<string, string>>[] {
  const found: Readonly<Record<string, string>>[] = [];
  parseXml(xml, { open: (element, attributes) => element === name && found.push(attributes) });
  return found;
}

/** An attribute by its local name, whatever its prefix (`r:id`, `ns2:id`). */
export function prefixedAttribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}
