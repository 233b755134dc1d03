/**
 * Every word of the « Affichage <année> » page: plain French for a visitor of the reception hall or the
 * website — no indicator codes, no internal names; Qual-e-pref named only with what it is.
 */
import { MONTH_NAMES, NO_BREAK_SPACE as NBSP, frenchList } from "../../domain/text/french";
import { formatNumberFr } from "../../domain/values/format-number";

export const PUBLIC_SHEET_NAME = (year: number): string => `Affichage ${year}`;


const grouped = (count: number): string => formatNumberFr(count, 0);

export const PUBLIC_WORDS = {
  title: (year: number) => `Nos résultats ${year}`,
  subtitle: `La qualité de notre accueil${NBSP}: nos engagements et nos résultats`,
  captions: {
    calls: "des appels téléphoniques ont reçu une réponse",
    emailDelay: (mail: string) => `pour répondre à vos ${mail}`,
    emailRate: (mail: string, within: string | null) =>
      within === null ? `des ${mail} ont reçu une réponse dans le délai annoncé` : `des ${mail} ont reçu une réponse ${within}`,
    satisfaction: "des usagers interrogés sont satisfaits",
  },
  details: {
    calls: (answered: number, received: number) => `${grouped(answered)} appels décrochés sur ${grouped(received)} reçus`,
    survey: (year: number, respondents: number) =>
      `Enquête de satisfaction ${year} auprès de ${grouped(respondents)}${NBSP}usager${respondents >= 2 ? "s" : ""}`,
  },
  commitment: (text: string) => `Notre engagement${NBSP}: ${text}`,
  comparators: {
    ">": (x: string) => `plus de ${x}`,
    ">=": (x: string) => `au moins ${x}`,
    "<": (x: string) => `moins de ${x}`,
    "<=": (x: string) => `au plus ${x}`,
  },
  within: (limit: string) => `en ${limit}`,
  met: "Engagement tenu",
  notMet: "Engagement non tenu cette année",
  mail: { emails: "courriels", letters: "courriers", both: "courriers et courriels" },
  origins: {
    calls: "le relevé des appels de notre standard",
    mail: (mail: string) => `le suivi des ${mail} reçus`,
    satisfaction: "notre enquête de satisfaction auprès des usagers",
  },
  source: (year: number, origins: readonly string[]) => `Sources${NBSP}: ${frenchList(origins)}, année ${year}.`,
  updated: (date: Date) => `Chiffres arrêtés le ${date.getDate() === 1 ? "1er" : date.getDate()} ${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}.`,
  referential: "Qual-e-pref : la démarche qualité de l'accueil des usagers dans les préfectures, qui publient leurs résultats chaque année.",
} as const;
