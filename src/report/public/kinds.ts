/** The headline figures the public page can show, and those it shows unless the user chose otherwise. */

export type PublicFigureKind = "calls" | "email-delay" | "email-rate" | "satisfaction";

/** In the order they are offered and printed. */
export const PUBLIC_FIGURE_KINDS: readonly PublicFigureKind[] = ["calls", "email-delay", "email-rate", "satisfaction"];

export const DEFAULT_PUBLIC_FIGURES: readonly PublicFigureKind[] = ["calls", "email-delay", "satisfaction"];

export const isPublicFigureKind = (value: unknown): value is PublicFigureKind =>
  typeof value === "string" && (PUBLIC_FIGURE_KINDS as readonly string[]).includes(value);

/** The kinds chosen, each once, in the page's order. */
export function orderedKinds(chosen: readonly PublicFigureKind[]): PublicFigureKind[] {
  return PUBLIC_FIGURE_KINDS.filter((kind) => chosen.includes(kind));
}
