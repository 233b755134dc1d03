/** The years the workbook has results for, latest first: choosing one analyses it. */
import { Field, Select } from "@fluentui/react-components";
import { STRINGS } from "../strings";

export interface AnalyzedYearSelectProps {
  readonly year: number;
  readonly years: readonly number[];
  readonly disabled: boolean;
  readonly onChoose: (year: number) => void;
}

export function AnalyzedYearSelect({ year, years, disabled, onChoose }: AnalyzedYearSelectProps) {
  return (
    <Field label={STRINGS.analyze.yearLabel}>
      <Select value={String(year)} disabled={disabled} onChange={(_, data) => onChoose(Number(data.value))}>
        {[...years].reverse().map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );
}
