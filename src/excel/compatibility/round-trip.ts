/**
 * The round trip on a temporary hidden sheet: each probe writes as the report writes, reads back in the
 * same sync and is judged on its own; one sync per probe (a failing command fails its whole sync, so
 * probes sharing a sync could not be told apart), whatever the workbook: at most 7 syncs. The sheet is
 * deleted in `finally`, best effort, whatever failed.
 */
import type { CompatibilityItem, CompatibilityItemId } from "../../port";
import { formatTag, TAG_PROPERTY } from "../tag";
import { writeScatteredCells } from "../write-cells";
import { FIT_ONE_PAGE_WIDE } from "../write-sheet";
import { COMPATIBILITY_TEXT as TEXT } from "./text";

const PROBE_TEXT = "=1+1";
const PROBE_FILL = "#FFF2CC";
const PROBE_AREAS = "A3:B4, D6:E7";

interface Probe {
  readonly id: CompatibilityItemId;
  readonly label: string;
  /** Queues the write and the loads; the returned function judges what was read after the sync (null: as expected). */
  queue(sheet: Excel.Worksheet): () => string | null;
}

const PROBES: readonly Probe[] = [
  {
    id: "textStaysText",
    label: TEXT.textStaysText,
    queue(sheet) {
      // A text only: no date, so the date system (1900 here) changes nothing.
      writeScatteredCells(sheet, [{ row: 1, column: 1, value: { kind: "text", text: PROBE_TEXT } }], {}, 1900);
      const cell = sheet.getRange("A1").load(["values", "valueTypes"]);
      return () => {
        const [value, type] = [cell.values[0][0], cell.valueTypes[0][0]];
        return value === PROBE_TEXT && type === "String" ? null : TEXT.readBack(`${JSON.stringify(PROBE_TEXT)} (String)`, `${JSON.stringify(value)} (${type})`);
      };
    },
  },
  {
    id: "rangeAreasFormat",
    label: TEXT.rangeAreasFormat,
    queue(sheet) {
      sheet.getRanges(PROBE_AREAS).format.fill.color = PROBE_FILL;
      const fill = sheet.getRange("E7").format.fill.load("color");
      return () => (fill.color.toUpperCase() === PROBE_FILL ? null : TEXT.readBack(PROBE_FILL, fill.color));
    },
  },
  {
    id: "customProperty",
    label: TEXT.customProperty,
    queue(sheet) {
      const tag = formatTag("summary", 2021);
      sheet.customProperties.add(TAG_PROPERTY, tag);
      const read = sheet.customProperties.getItemOrNullObject(TAG_PROPERTY).load("value");
      return () => (!read.isNullObject && read.value === tag ? null : TEXT.readBack(tag, read.isNullObject ? "aucune propriété" : String(read.value)));
    },
  },
  {
    id: "printZoom",
    label: TEXT.printZoom,
    queue(sheet) {
      sheet.pageLayout.zoom = FIT_ONE_PAGE_WIDE;
      const layout = sheet.pageLayout.load("zoom");
      return () => (layout.zoom.horizontalFitToPages === FIT_ONE_PAGE_WIDE.horizontalFitToPages ? null : TEXT.readBack(JSON.stringify(FIT_ONE_PAGE_WIDE), JSON.stringify(layout.zoom)));
    },
  },
];

export function refusal(error: unknown): string {
  const info = error as { code?: unknown; message?: unknown; debugInfo?: { code?: unknown; message?: unknown } } | null;
  const code = String(info?.debugInfo?.code ?? info?.code ?? "Error");
  const message = String(info?.debugInfo?.message ?? info?.message ?? "");
  return TEXT.refused(code, message);
}

function item(id: CompatibilityItemId, label: string, failure: string | null): CompatibilityItem {
  return { id, label, outcome: failure === null ? "ok" : "failed", detail: failure ?? TEXT.ok };
}

async function tryProbe(context: Excel.RequestContext, sheet: Excel.Worksheet, probe: Probe): Promise<CompatibilityItem> {
  try {
    const judge = probe.queue(sheet);
    await context.sync();
    return item(probe.id, probe.label, judge());
  } catch (error) {
    return item(probe.id, probe.label, refusal(error));
  }
}

async function deleteSheet(context: Excel.RequestContext, name: string): Promise<CompatibilityItem> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.delete();
      await context.sync();
    }
    return item("cleanup", TEXT.cleanup, null);
  } catch (error) {
    return item("cleanup", TEXT.cleanup, `${TEXT.leftBehind(name)} (${refusal(error)})`);
  }
}

async function probeItems(context: Excel.RequestContext, sheetName: string): Promise<CompatibilityItem[]> {
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.visibility = "Hidden";
  try {
    await context.sync();
  } catch (error) {
    return [item("temporarySheet", TEXT.temporarySheet, refusal(error)), ...PROBES.map((probe): CompatibilityItem => ({ id: probe.id, label: probe.label, outcome: "failed", detail: TEXT.notTried }))];
  }
  const items = [item("temporarySheet", TEXT.temporarySheet, null)];
  for (const probe of PROBES) items.push(await tryProbe(context, sheet, probe));
  return items;
}

export async function roundTripItems(context: Excel.RequestContext, sheetName: string): Promise<CompatibilityItem[]> {
  const items: CompatibilityItem[] = [];
  try {
    items.push(...(await probeItems(context, sheetName)));
  } finally {
    items.push(await deleteSheet(context, sheetName));
  }
  return items;
}
