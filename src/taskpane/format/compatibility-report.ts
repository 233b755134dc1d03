/** The compatibility report as plain text, for the IT department: a title, then one line per item. */
import type { CompatibilityItem, CompatibilityReport } from "../../port";
import { STRINGS } from "../strings";

const NBSP = "\u00a0";

export function itemText(item: CompatibilityItem): string {
  return item.outcome === "failed" ? `${STRINGS.compatibility.failed} — ${item.detail}` : item.detail;
}

export function failedCount(report: CompatibilityReport): number {
  return report.items.filter((item) => item.outcome === "failed").length;
}

export function compatibilityReportText(report: CompatibilityReport, when: Date): string {
  const date = when.toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short" });
  const lines = report.items.map((item) => `${item.label}${NBSP}: ${itemText(item)}`);
  return [STRINGS.compatibility.reportTitle(date), ...lines, STRINGS.compatibility.summary(failedCount(report))].join("\n");
}
