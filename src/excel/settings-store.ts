/** The pane's settings, as JSON under one key of workbook.settings (saved with the workbook). */
import { isPlausibleYear } from "../domain/text/french";
import { DEFAULT_SETTINGS, type Settings } from "../port";

export const SETTINGS_KEY = "BilanQualite.settings";

/** Whatever was stored, read defensively: a damaged value gives the defaults, never an error. */
export function parseSettings(stored: unknown): Settings {
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return DEFAULT_SETTINGS;
    }
  }
  if (typeof data !== "object" || data === null) return DEFAULT_SETTINGS;
  const { year, tolerance, liveChecks } = data as { year?: unknown; tolerance?: unknown; liveChecks?: unknown };
  return {
    ...(typeof liveChecks === "boolean" ? { liveChecks } : {}),
    year: typeof year === "number" && isPlausibleYear(year) ? year : DEFAULT_SETTINGS.year,
    tolerance: typeof tolerance === "number" && Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : DEFAULT_SETTINGS.tolerance,
  };
}

export async function loadSettings(context: Excel.RequestContext): Promise<Settings> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await context.sync();
  return setting.isNullObject ? DEFAULT_SETTINGS : parseSettings(setting.value);
}

export function queueSaveSettings(context: Excel.RequestContext, settings: Settings): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify({ year: settings.year, tolerance: settings.tolerance, ...(settings.liveChecks === undefined ? {} : { liveChecks: settings.liveChecks }) }));
}
