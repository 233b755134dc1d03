/** A small survey whose figures are computed by hand in the tests. */
import type { GridEntry } from "../../helpers/cells";

export const SURVEY_HEADER: readonly GridEntry[] = [
  "N°",
  "Date",
  "Site",
  "Êtes-vous satisfait de l'accueil ?",
  "L'agent s'est-il présenté ?",
  "Note de l'attente (de 0 à 10)",
  "Commentaire",
];

const date = (serial: number): GridEntry => ({ value: serial, numberFormat: "dd/mm/yyyy", text: "" });
/** 44270 is 15 March 2021. */
const MARCH_2021 = 44270;

export const SURVEY_ROWS: readonly (readonly GridEntry[])[] = [
  [1, date(MARCH_2021), "PAN", "Très satisfait", "Oui", 10, "Très bon accueil, merci à l'agent qui m'a reçu ce matin."],
  [2, date(MARCH_2021), "PAN", "TRÈS SATISFAIT", "oui", 9, ""],
  [3, date(MARCH_2021 + 1), "pan", "Plutot satisfait ", "Non", 8, ""],
  [4, date(MARCH_2021 + 1), "PAN", "Pas du tout satisfait", "Oui", 4, ""],
  [5, date(MARCH_2021 + 2), "PAN", "Sans avis", "", "NSP", ""],
  [6, date(MARCH_2021 + 2), "Préfecture", "très satisfait", "OUI", 8, ""],
  [7, date(MARCH_2021 + 3), "Préfecture", "Très satisfaite", "Oui", 7, ""],
  [8, date(MARCH_2021 + 3), "Préfecture", "Satisfait", "Non", 5, ""],
  [9, date(MARCH_2021 + 4), "Préfecture", "Plutôt satisfait", "Peut-être", 2, ""],
  [10, date(MARCH_2021 + 4), "Préfecture", "Peu satisfait", "Oui", 10, ""],
];
