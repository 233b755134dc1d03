/** The pane's settings, as JSON under one key of workbook.settings (saved with the workbook). */
import { isPlausibleYear } from "../domain/text/french";
import { DEFAULT_SETTINGS, type PublicFigureKind, type Settings } from "../port";
import { isPublicFigureKind, orderedKinds } from "../report/public/kinds";

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
  const { year, tolerance, liveChecks, publicFigures } = data as { year?: unknown; tolerance?: unknown; liveChecks?: unknown; publicFigures?: unknown };
  const figures = parsePublicFigures(publicFigures);
  return {
    ...(typeof liveChecks === "boolean" ? { liveChecks } : {}),
    ...(figures === null ? {} : { publicFigures: figures }),
    year: typeof year === "number" && isPlausibleYear(year) ? year : DEFAULT_SETTINGS.year,
    tolerance: typeof tolerance === "number" && Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : DEFAULT_SETTINGS.tolerance,
  };
}

/** The known figures, each once, in the page's order; null (the defaults) when the value is not a list. */
function parsePublicFigures(stored: unknown): PublicFigureKind[] | null {
  return Array.isArray(stored) ? orderedKinds(stored.filter(isPublicFigureKind)) : null;
}

export async function loadSettings(context: Excel.RequestContext): Promise<Settings> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
  await context.sync();
  return setting.isNullObject ? DEFAULT_SETTINGS : parseSettings(setting.value);
}

export function queueSaveSettings(context: Excel.RequestContext, settings: Settings): void {
  context.workbook.settings.add(
    SETTINGS_KEY,
    JSON.stringify({
      year: settings.year,
      tolerance: settings.tolerance,
      ...(settings.liveChecks === undefined ? {} : { liveChecks: settings.liveChecks }),
      ...(settings.publicFigures === undefined ? {} : { publicFigures: settings.publicFigures }),
    }),
  );
}
