/** The `survey` block of `analyze --json` and the document of `survey --json`, as DOMAIN.md sets them out. */
import type { Issue } from "../../domain/issues";
import { round2 } from "../../domain/values/rounding";
import type { SurveyAnalysis } from "../../domain/survey";

const roundOrNull = (value: number | null): number | null => (value === null ? null : round2(value));

export function toSurveyJson(survey: SurveyAnalysis): unknown {
  return {
    sheet: survey.sheet,
    year: survey.year,
    respondents: survey.respondents,
    overallRate: roundOrNull(survey.overallRate),
    overallMargin: roundOrNull(survey.overallMargin),
    previousYear: survey.previousYear,
    questions: survey.questions.map((question) => ({
      question: question.question,
      column: question.column,
      scale: question.scale,
      n: question.n,
      counts: { ...question.counts },
      satisfactionRate: roundOrNull(question.satisfactionRate),
      netRate: roundOrNull(question.netRate),
      margin: roundOrNull(question.margin),
      mean: roundOrNull(question.mean),
      previous: roundOrNull(question.previous),
      change: roundOrNull(question.change),
    })),
    sites: survey.sites.map((site) => ({ name: site.name, respondents: site.respondents, overallRate: roundOrNull(site.overallRate) })),
  };
}

/** `survey --json`: the block and its issues; an export's issues carry their line instead of a sheet and cell. */
export function toSurveyCommandJson(survey: SurveyAnalysis): unknown {
  return { ...(toSurveyJson(survey) as object), issues: survey.issues.map(issueJson) };
}

function issueJson(issue: Issue): unknown {
  return issue.line === undefined
    ? { severity: issue.severity, code: issue.code, sheet: issue.sheet, cell: issue.cell, message: issue.message }
    : { severity: issue.severity, code: issue.code, line: issue.line, message: issue.message };
}
