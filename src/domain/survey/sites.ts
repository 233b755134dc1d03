/** Per site: the same figures per question, and an overall rate, for each value of the site column. */
import { normalizeText } from "../text/normalize";
import type { SurveyColumn } from "./columns";
import { figuresOfTallies } from "./figures";
import { overallOf } from "./overall";
import type { QuestionAnswers } from "./question-answers";
import type { SurveySite } from "./types";

export const UNNAMED_SITE = "Site non précisé";

/** Data rows grouped by site, spelled as first written (« PAN » and « pan » are one site), in order of appearance. */
function rowsBySite(site: SurveyColumn, respondentRows: readonly number[]): Map<string, { name: string; rows: number[] }> {
  const groups = new Map<string, { name: string; rows: number[] }>();
  for (const row of respondentRows) {
    const read = site.answers[row];
    const name = read?.kind === "answer" ? read.text.replace(/\s+/g, " ") : UNNAMED_SITE;
    const key = normalizeText(name);
    const group = groups.get(key) ?? { name, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return groups;
}

export function surveySites(site: SurveyColumn | undefined, questions: readonly QuestionAnswers[], respondentRows: readonly number[]): SurveySite[] {
  if (site === undefined) return [];
  return [...rowsBySite(site, respondentRows).values()].map(({ name, rows }) => {
    const perQuestion = questions.map((question) => {
      const tallies = new Map<string, number>();
      for (const row of rows) {
        const level = question.levels[row];
        if (level !== null && level !== undefined) tallies.set(level, (tallies.get(level) ?? 0) + 1);
      }
      return { question: question.column.header, scale: question.scale.kind, ...figuresOfTallies(question.scale, tallies) };
    });
    const overall = overallOf(perQuestion, rows.length);
    return { name, respondents: rows.length, overallRate: overall.rate, overallMargin: overall.margin, questions: perQuestion };
  });
}
