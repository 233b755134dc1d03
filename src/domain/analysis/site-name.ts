/** A site's name from its telephony sheet's name: "Téléphonie Mauriac 2022" is Mauriac, "Standard préfecture 2022" Préfecture. */
import { foldText } from "../telephony/normalize";

const GENERIC_WORDS = new Set([
  "telephonie", "telephonique", "telephoniques", "standard", "accueil", "appel", "appels", "statistique", "statistiques",
  "stats", "mensuel", "mensuels", "mensuelle", "mensuelles", "mois", "plateforme", "export", "chiffres", "site", "releve", "releves",
]);
const LEADING_LINKS = new Set(["de", "du", "des", "d'", "la", "le", "les", "-", "–", "—"]);

export function siteNameOfSheet(sheetName: string): string {
  const words = sheetName.split(/[\s\u00a0_]+/).filter((word) => word !== "" && !GENERIC_WORDS.has(foldText(word)) && !/^\d{4}$/.test(word));
  while (words.length > 0 && LEADING_LINKS.has(foldText(words[0]))) words.shift();
  const name = words.join(" ").trim();
  return name === "" ? sheetName.trim() : name.charAt(0).toLocaleUpperCase("fr") + name.slice(1);
}
