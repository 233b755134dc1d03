/** Every French word of the compatibility check. */
import { NO_BREAK_SPACE as NBSP, quoted } from "../../domain/text/french";

export const COMPATIBILITY_TEXT = {
  ok: "OK",
  application: "Application",
  applicationFacts: (host: string, platform: string, version: string) => `${host}, ${platformName(platform)}, version ${version}`,
  noDiagnostics: `Office ne donne ni l’application, ni la plateforme, ni la version (Office.context.diagnostics absent).`,
  requirementSet: (name: string, needed: boolean) => `Ensemble d’API ${name}${needed ? " (requis)" : ""}`,
  notSupported: "non pris en charge",
  noRequirements: `Office ne permet pas de vérifier les ensembles d’API (Office.context.requirements absent).`,
  temporarySheet: "Feuille temporaire masquée",
  textStaysText: `Texte ${quoted("=1+1")} gardé comme texte`,
  rangeAreasFormat: "Mise en forme de plusieurs zones à la fois (RangeAreas)",
  customProperty: "Propriété personnalisée de feuille (étiquette des rapports)",
  printZoom: "Mise à l’échelle d’impression (une page de large)",
  cleanup: "Suppression de la feuille temporaire",
  notTried: "non testé (la feuille temporaire n’a pas pu être créée)",
  refused: (code: string, message: string) => `Excel a refusé${NBSP}: ${code}${message ? ` (${message})` : ""}`,
  readBack: (expected: string, actual: string) => `relu ${actual} au lieu de ${expected}`,
  leftBehind: (sheet: string) => `la feuille masquée ${quoted(sheet)} est restée dans le classeur${NBSP}: supprimez-la à la main`,
} as const;

/** Office.PlatformType's values, as a user knows them. */
const PLATFORMS: Readonly<Record<string, string>> = {
  PC: "Windows",
  OfficeOnline: "Excel sur le web",
  Mac: "Mac",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows (application universelle)",
};

function platformName(platform: string): string {
  return PLATFORMS[platform] ?? platform;
}
