/**
 * Gathers the style blocks of a sheet into address lists for `worksheet.getRanges` (ExcelApi 1.9), so
 * each style is applied once for many blocks instead of once per block. Blocks share a list only when
 * they take the same border edges (inner lines need more than one row or column), and a list is capped
 * in length and in areas so that no address Excel has to parse grows without bound.
 */
import { rangeA1 } from "../domain/address";
import type { CellStyle } from "../report/plan";
import { edgesOf, type BorderEdge } from "./apply-style";
import type { StyleBlock } from "./style-runs";

export const MAX_ADDRESS_CHARACTERS = 2_000;
export const MAX_AREAS = 100;

export interface StyleAreas {
  readonly style: string;
  readonly edges: readonly BorderEdge[];
  /** "A1:B2,D4:D9,…": areas of one sheet, without the sheet's name. */
  readonly address: string;
  readonly areaCount: number;
}

/** Blocks whose style is not in `styles` are left out (as the block-by-block path skipped them). */
export function styleAreas(blocks: readonly StyleBlock[], styles: Readonly<Record<string, CellStyle>>): StyleAreas[] {
  const groups = new Map<string, { style: string; edges: BorderEdge[]; addresses: string[] }>();
  for (const block of blocks) {
    const style = styles[block.style];
    if (!style) continue;
    const { top, left, bottom, right } = block.range;
    const edges = style.border !== undefined ? edgesOf(bottom - top + 1, right - left + 1) : [];
    const key = `${block.style}\u0000${edges.join(",")}`;
    const group = groups.get(key) ?? { style: block.style, edges, addresses: [] };
    group.addresses.push(rangeA1(top, left, bottom, right));
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) => chunk(group.addresses).map((addresses) => ({
    style: group.style,
    edges: group.edges,
    address: addresses.join(","),
    areaCount: addresses.length,
  })));
}

function chunk(addresses: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const address of addresses) {
    const added = (current.length > 0 ? 1 : 0) + address.length;
    if (current.length > 0 && (current.length >= MAX_AREAS || length + added > MAX_ADDRESS_CHARACTERS)) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    length += current.length > 0 ? 1 + address.length : address.length;
    current.push(address);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
