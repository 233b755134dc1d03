/**
 * The shared-string table (ECMA-376 part 1, §18.4.9 `sst`): each `<si>` is a text `<t>` or runs `<r><t>`;
 * the phonetic guide `<rPh>` (furigana) is not shown in the cell and is left out. Characters XML cannot
 * hold are written `_xHHHH_` (§22.9.2.19 ST_Xstring), `_x005F_` escaping an underscore.
 */
import { parseXml } from "./parse-xml";

const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeXstring(text: string): string {
  return text.indexOf("_x") === -1 ? text : text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current = "";
  let inText = false;
  let phoneticDepth = 0;
  parseXml(xml, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "rPh") phoneticDepth++;
      else if (name === "t" && phoneticDepth === 0) inText = true;
    },
    text: (text) => {
      if (inText) current += text;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "rPh") phoneticDepth--;
      else if (name === "si") strings.push(unescapeXstring(current));
    },
  });
  return strings;
}
