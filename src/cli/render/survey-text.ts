/** What `bilan-qualite survey` prints: the French report of a survey, readable on an 80-column terminal. */
import { NO_BREAK_SPACE as NBSP } from "../../domain/text/french";
import type { Issue } from "../../domain/issues";
import { wrap } from "./wrap";
import { answersCount, formatMargin, formatPointsChange, formatSurveyRate, surveySentence } from "../../domain/survey/sentence";
import type { SurveyAnalysis, SurveyQuestion } from "../../domain/survey";

const WIDTH = 80;
const SEVERITY = { error: "Erreur", warning: "Avertissement" } as const;

export const SURVEY_TEXT = {
  title: (year: number | null) => `Enquête de satisfaction${year === null ? "" : ` ${year}`}`,
  source: (source: string) => `Source${NBSP}: ${source}`,
  noYear: `Année${NBSP}: non trouvée (indiquez --year)`,
  respondents: (count: number) => `Répondants${NBSP}: ${count}`,
  overall: (rate: string, margin: string, question: string | null) =>
    `Satisfaction globale${NBSP}: ${rate} (${margin})${question === null ? ", sur l'ensemble des questions" : `, question «${NBSP}${question}${NBSP}»`}`,
  noOverall: `Satisfaction globale${NBSP}: aucune réponse sur une échelle connue`,
  questions: `Questions${NBSP}:`,
  change: (change: number, previousYear: number) =>
    `${formatPointsChange(change)} par rapport à ${previousYear}`,
  sites: `Par site${NBSP}:`,
  site: (name: string, rate: string, respondents: number) => `${name}${NBSP}: ${rate} (${respondents}${NBSP}répondant${respondents >= 2 ? "s" : ""})`,
  noIssue: "Aucun problème relevé.",
  issues: (count: number) => `Problèmes relevés (${count})${NBSP}:`,
  where: (issue: Issue) =>
    issue.line !== undefined ? `, ligne ${issue.line}` : issue.cell === null ? "" : `, ${issue.sheet === null ? "" : `${issue.sheet} `}${issue.cell}`,
} as const;

/** A list item: "- " on its first line, its continuation lines indented under the text. */
const item = (text: string): string[] => wrap(`  ${text}`, WIDTH, "  ").map((line, index) => (index === 0 ? `- ${line.slice(2)}` : line));

function questionLines(question: SurveyQuestion, previousYear: number | null): string[] {
  const sentence = surveySentence(question) ?? `«${NBSP}${question.question}${NBSP}»${NBSP}: ${answersCount(0)}`;
  const change = question.change === null || previousYear === null ? "" : `${NBSP}; ${SURVEY_TEXT.change(question.change, previousYear)}`;
  return item(`${sentence}${change}`);
}

export function formatSurveyText(survey: SurveyAnalysis, source: string): string {
  const lines = [SURVEY_TEXT.title(survey.year), SURVEY_TEXT.source(source)];
  if (survey.year === null) lines.push(SURVEY_TEXT.noYear);
  lines.push(SURVEY_TEXT.respondents(survey.respondents));
  lines.push(
    survey.overallRate === null || survey.overallMargin === null
      ? SURVEY_TEXT.noOverall
      : SURVEY_TEXT.overall(formatSurveyRate(survey.overallRate), formatMargin(survey.overallMargin), survey.overallQuestion),
    "",
    SURVEY_TEXT.questions,
  );
  for (const question of survey.questions) lines.push(...questionLines(question, survey.previousYear));
  if (survey.sites.length > 0) {
    lines.push("", SURVEY_TEXT.sites);
    for (const site of survey.sites) {
      const rate = site.overallRate === null ? "—" : formatSurveyRate(site.overallRate);
      lines.push(`- ${SURVEY_TEXT.site(site.name, rate, site.respondents)}`);
    }
  }
  lines.push("");
  if (survey.issues.length === 0) lines.push(SURVEY_TEXT.noIssue);
  else {
    lines.push(SURVEY_TEXT.issues(survey.issues.length));
    for (const issue of survey.issues) lines.push(...item(`${SEVERITY[issue.severity]}${SURVEY_TEXT.where(issue)}${NBSP}: ${issue.message}`));
  }
  return `${lines.join("\n")}\n`;
}
