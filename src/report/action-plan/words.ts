/** Every word of the « Plan d'actions » sheet and of the summary's line on it. */
import { NO_BREAK_SPACE as NBSP, quoted } from "../../domain/text/french";

export const ACTION_PLAN_SHEET_NAME = "Plan d'actions";

export const ACTION_STATES = ["À lancer", "En cours", "Réalisée", "Abandonnée"] as const;
export type ActionState = (typeof ACTION_STATES)[number];

export const ACTION_PLAN_WORDS = {
  title: "Plan d'actions",
  subtitle: (sourceName: string, createdAt: string) =>
    `Indicateurs non atteints ou à corriger · Source${NBSP}: ${sourceName} · Créé le ${createdAt}`,
  note:
    `Cette feuille vous appartient${NBSP}: renseignez l'action, son pilote, l'échéance et l'état (liste déroulante). ` +
    "Les générations suivantes n'y ajoutent que les indicateurs qui n'y figurent pas encore et ne modifient rien de ce que vous y écrivez.",
  none: (year: number) => `Aucun indicateur non atteint ni à corriger en ${year}${NBSP}: vos propres actions s'écrivent sous l'en-tête.`,
  columns: {
    theme: "Thématique",
    indicator: "Indicateur",
    status: "Statut",
    year: "Année",
    action: "Action",
    owner: "Pilote",
    due: "Échéance",
    state: "État",
  },
  noState: "sans état",
} as const;

const PLURAL_STATES: Readonly<Record<ActionState, [string, string]>> = {
  "À lancer": ["à lancer", "à lancer"],
  "En cours": ["en cours", "en cours"],
  Réalisée: ["réalisée", "réalisées"],
  Abandonnée: ["abandonnée", "abandonnées"],
};

/** « 3 actions : 1 réalisée, 2 en cours » — states in the list's order, those with no action left out. */
/** The summary's line when the plan's sheet could not be read (past MAX_SHEET_CELLS): its actions are not counted. */
export const actionPlanNotRead = (sheetName: string): string =>
  `Plan d'actions (feuille ${quoted(sheetName)})${NBSP}: non lu, la feuille s'étend trop loin (voir les contrôles).`;

export function actionCountsLine(total: number, byState: ReadonlyMap<ActionState | null, number>, sheetName: string): string {
  const noun = total <= 1 ? "action" : "actions";
  if (total === 0) return `Plan d'actions (feuille ${quoted(sheetName)})${NBSP}: aucune action.`;
  const parts: string[] = [];
  for (const state of ACTION_STATES) {
    const count = byState.get(state) ?? 0;
    if (count > 0) parts.push(`${count} ${PLURAL_STATES[state][count > 1 ? 1 : 0]}`);
  }
  const unknown = byState.get(null) ?? 0;
  if (unknown > 0) parts.push(`${unknown} ${ACTION_PLAN_WORDS.noState}`);
  return `Plan d'actions (feuille ${quoted(sheetName)}) — ${total}${NBSP}${noun}${NBSP}: ${parts.join(", ")}.`;
}
