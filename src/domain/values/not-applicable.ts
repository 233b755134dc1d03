/**
 * Markers that say "not applicable" or "not measured": never zero, never missing.
 *
 * Decision on "néant": in French administrative tables it usually means "none", i.e. zero
 * ("Réclamations : néant"), but it is also written for "nothing to report". Reading it as
 * zero could score a rate as failed, reading it as "not measured" could hide a real zero;
 * it is therefore NOT a marker here and reads as unreadable, so the user is asked to write
 * either 0 or NC. Same for "aucun" / "aucune".
 */
import { fold } from "./text";

const DASHES_AND_SLASHES = /^[/\\\-\u2010-\u2015\u2212]+$/;

/** Folded (lower case, no accents), with dots, slashes and spaces removed. */
const COMPACT_MARKERS: ReadonlySet<string> = new Set([
  "nc",
  "nd",
  "na",
  "so",
  "sansobjet",
  "nonmesure",
  "nonmesuree",
  "nonmesures",
  "nonmesurees",
  "nonmesurable",
  "nonapplicable",
  "nonconcerne",
  "nonconcernee",
  "noncommunique",
  "noncommuniquee",
  "nondisponible",
  "nonrenseigne",
  "nonrenseignee",
  "pasdemesure",
  "sansmesure",
]);

/** True for "/", "-", "—", "–", "NC", "N.C.", "N/C", "ND", "N.D.", "non mesuré", "sans objet", "S.O.", "SO"… */
export function isNotApplicable(text: string): boolean {
  const folded = fold(text);
  if (folded === "") return false;
  if (DASHES_AND_SLASHES.test(folded.replace(/ /g, ""))) return true;
  const compact = folded.replace(/[.\s/\\'-]/g, "");
  return COMPACT_MARKERS.has(compact);
}
