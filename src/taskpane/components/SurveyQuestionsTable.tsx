/**
 * Each question of the survey: its satisfaction rate ± margin and its number of answers, small samples flagged.
 * The preview of a paste says under each question which scale it was read on: a column of its own would leave
 * the question too narrow a column in a 320-pixel pane, its words cut.
 */
import { SURVEY_STRINGS } from "../survey-strings";
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { SurveyQuestion } from "../../domain/survey";
import { formatNumberFr } from "../../domain/values";
import { formatMargin } from "../../domain/survey";
import { isSmallSample, surveyRate } from "../format/survey";

const useStyles = makeStyles({
  question: { overflowWrap: "break-word" },
  scale: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  numberHeader: { justifyContent: "flex-end" },
  margin: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  flag: { marginTop: tokens.spacingVerticalXXS },
});

export interface SurveyQuestionsTableProps {
  readonly questions: readonly SurveyQuestion[];
  readonly labelledBy: string;
  /** The preview of a paste says which scale each question was read on. */
  readonly withScale?: boolean;
}

export function SurveyQuestionsTable({ questions, labelledBy, withScale = false }: SurveyQuestionsTableProps) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{withScale ? SURVEY_STRINGS.questionAndScale : SURVEY_STRINGS.question}</TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {SURVEY_STRINGS.rate}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
            {SURVEY_STRINGS.answers}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {questions.map((question) => (
          <TableRow key={question.column}>
            <TableCell className={styles.question}>
              {question.question}
              {withScale && <span className={styles.scale}>{SURVEY_STRINGS.scales[question.scale]}</span>}
            </TableCell>
            <TableCell className={styles.number}>
              {surveyRate(question.satisfactionRate)}
              {question.margin !== null && question.margin > 0 && <span className={styles.margin}>{formatMargin(question.margin)}</span>}
            </TableCell>
            <TableCell className={styles.number}>
              {formatNumberFr(question.n, 0)}
              {isSmallSample(question.n) && (
                <Badge className={styles.flag} appearance="tint" color="warning" size="small">
                  {SURVEY_STRINGS.smallSample}
                </Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
