/** The items Office itself answers: application, platform and version, and the ExcelApi requirement sets. */
import type { CompatibilityItem, OfficeEnvironment } from "../../port";
import { COMPATIBILITY_TEXT as TEXT } from "./text";

/** ExcelApi 1.9 to 1.17; the add-in needs up to 1.13 (README: Excel 2021 and later), newer ones are checked at run time. */
const FIRST_MINOR = 9;
const LAST_MINOR = 17;
const LAST_NEEDED_MINOR = 13;

export function applicationItem(office: OfficeEnvironment): CompatibilityItem {
  const facts = office.diagnostics;
  return facts
    ? { id: "application", label: TEXT.application, outcome: "ok", detail: TEXT.applicationFacts(facts.host, facts.platform, facts.version) }
    : { id: "application", label: TEXT.application, outcome: "failed", detail: TEXT.noDiagnostics };
}

export function requirementSetItems(office: OfficeEnvironment): CompatibilityItem[] {
  const items: CompatibilityItem[] = [];
  for (let minor = FIRST_MINOR; minor <= LAST_MINOR; minor++) {
    const version = `1.${minor}`;
    const needed = minor <= LAST_NEEDED_MINOR;
    const label = TEXT.requirementSet(`ExcelApi ${version}`, needed);
    const supported = office.requirements ? office.requirements.isSetSupported("ExcelApi", version) : null;
    const detail = supported === null ? TEXT.noRequirements : supported ? TEXT.ok : TEXT.notSupported;
    const outcome = supported ? "ok" : needed || supported === null ? "failed" : "info";
    items.push({ id: `requirementSet:ExcelApi ${version}`, label, outcome, detail });
  }
  return items;
}
