/** What a survey column holds, from its header: the site, the date, the respondent's number, free text, or perhaps a question. */
import { normalizeText } from "../text/normalize";

export type ColumnRole = "site" | "date" | "respondent" | "free-text" | "descriptive" | "candidate";

/** Whole headers (folded) naming the site: "Site", "Lieu d'accueil", "Service". */
const SITE = /^(?:site|lieu|service|accueil|lieu d accueil|site d accueil|point d accueil|guichet|antenne|implantation)(?: visite| concerne)?$/;
const DATE = /^(?:date|horodatage|horodateur|timestamp|soumis le|date de (?:la )?(?:reponse|visite|saisie|l enquete)|date et heure|heure de debut|heure de fin|jour)$/;
const RESPONDENT = /^(?:n|no|n o|num|numero|id|identifiant|repondant|n de (?:reponse|repondant|questionnaire)|numero (?:de )?(?:reponse|repondant|questionnaire)|reponse n|questionnaire n|ref|reference)$/;
/** Words that make a column free text wherever they are in its header. */
const FREE_TEXT = /\b(?:commentaires?|remarques?|suggestions?|pourquoi|precise[rz]?|precisions?|observations?|expliquez|ameliorations?|propositions?|autres?|verbatim|texte libre|libre expression)\b/;
/** Who answered and why, not how satisfied: reported as such, never as a question. */
const DESCRIPTIVE = /\b(?:age|sexe|genre|commune|ville|code postal|profession|categorie|motif|demarche|objet de|canal|e ?mail|courriel|adresse|nom|prenom|telephone|departement|frequence|situation)\b/;

export function columnRole(header: string): ColumnRole {
  const folded = normalizeText(header);
  if (SITE.test(folded)) return "site";
  if (DATE.test(folded)) return "date";
  if (RESPONDENT.test(folded)) return "respondent";
  if (FREE_TEXT.test(folded)) return "free-text";
  if (DESCRIPTIVE.test(folded)) return "descriptive";
  return "candidate";
}

/** The question about satisfaction as a whole: "Globalement…", "Dans l'ensemble…", "Satisfaction générale". */
const OVERALL = /\b(?:globalement|dans l ensemble|satisfaction (?:generale|globale)|de maniere generale|d une maniere generale|au global|en general)\b/;

export function isOverallQuestion(header: string): boolean {
  return OVERALL.test(normalizeText(header));
}
