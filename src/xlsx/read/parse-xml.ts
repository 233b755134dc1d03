/**
 * Walks an XML part with saxes (the parser exceljs itself uses), element names without their namespace
 * prefix (`x:c` is `c`), entities already decoded, CDATA sections given as text. Malformed XML throws. Extension lists (`<extLst>`,
 * ECMA-376 part 1, §18.2.10) are passed over whole: their elements belong to other namespaces yet reuse the
 * main one's local names (Excel 2013 and later write `<x15:workbookPr chartTrackingRefBase="1"/>` there,
 * after the workbook's own `<workbookPr date1904="1"/>`), and nothing read here lives in one.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const EXTENSION_LIST = "extLst";

export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, text, close } = handlers;
  let extensionDepth = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (extensionDepth > 0 || name === EXTENSION_LIST) extensionDepth++;
    else open?.(name, tag.attributes as Record<string, string>);
  });
  if (text) {
    const onText = (chunk: string): void => {
      if (extensionDepth === 0) text(chunk);
    };
    parser.on("text", onText);
    // A CDATA section is text too: `<t><![CDATA[Hello]]></t>` shows Hello in Excel (https://github.com/tafia/calamine/issues/648).
    parser.on("cdata", onText);
  }
  parser.on("closetag", (tag) => {
    if (extensionDepth > 0) extensionDepth--;
    else close?.(localName(tag.name));
  });
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
