/** What a pasted survey export holds: respondents and overall rate, each question with its scale, its problems by line. */
import { SURVEY_STRINGS } from "../survey-strings";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { SurveyPastePreview as Preview } from "../../port";
import { overallLine } from "../format/survey";
import { IssueList } from "./IssueList";
import { SurveyQuestionsTable } from "./SurveyQuestionsTable";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: 0 },
  overall: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, margin: 0 },
  value: { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold },
});

export function SurveyPastePreview({ preview }: { readonly preview: Preview }) {
  const styles = useStyles();
  const id = useId();
  const { analysis } = preview;
  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>
        {SURVEY_STRINGS.previewTitle(preview.year)}
      </h3>
      <dl className={styles.overall}>
        <dt>{SURVEY_STRINGS.overallLabel}</dt>
        <dd className={styles.value}>{overallLine(analysis.overallRate, analysis.overallMargin, analysis.respondents)}</dd>
      </dl>
      <SurveyQuestionsTable questions={analysis.questions} labelledBy={`${id}-title`} withScale />
      {analysis.issues.length === 0 ? (
        <Text>{SURVEY_STRINGS.noProblem}</Text>
      ) : (
        <IssueList issues={analysis.issues} label={SURVEY_STRINGS.problemsTitle} />
      )}
    </section>
  );
}
