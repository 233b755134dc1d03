/** The analysed year's satisfaction survey: overall rate ± margin, per question, per site, its problems. */
import { SURVEY_STRINGS } from "../survey-strings";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { SurveyAnalysis } from "../../domain/survey";
import type { WorkbookOperations } from "../../port";
import { overallLine } from "../format/survey";
import { SurveyProblems } from "./SurveyProblems";
import { SurveyQuestionsTable } from "./SurveyQuestionsTable";
import { SurveySitesTable } from "./SurveySitesTable";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: 0 },
  subtitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, margin: 0 },
  sheet: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  overall: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, margin: 0 },
  overallValue: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
});

export interface SurveySummaryProps {
  readonly survey: SurveyAnalysis;
  readonly selectCell?: WorkbookOperations["selectCell"];
}

export function SurveySummary({ survey, selectCell }: SurveySummaryProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {SURVEY_STRINGS.title(survey.year)}
      </h2>
      {survey.sheet !== null && <Text className={styles.sheet}>{SURVEY_STRINGS.sheet(survey.sheet)}</Text>}
      <dl className={styles.overall}>
        <dt>{SURVEY_STRINGS.overallLabel}</dt>
        <dd className={styles.overallValue}>{overallLine(survey.overallRate, survey.overallMargin, survey.respondents)}</dd>
      </dl>
      <h3 id={`${id}-questions`} className={styles.subtitle}>
        {SURVEY_STRINGS.questionsTitle}
      </h3>
      <SurveyQuestionsTable questions={survey.questions} labelledBy={`${id}-questions`} />
      {survey.sites.length > 0 && (
        <>
          <h3 id={`${id}-sites`} className={styles.subtitle}>
            {SURVEY_STRINGS.sitesTitle}
          </h3>
          <SurveySitesTable sites={survey.sites} labelledBy={`${id}-sites`} />
        </>
      )}
      <h3 className={styles.subtitle}>{SURVEY_STRINGS.problemsTitle}</h3>
      <SurveyProblems issues={survey.issues} selectCell={selectCell} />
    </section>
  );
}
