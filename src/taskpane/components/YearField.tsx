/** The one field where a year is typed (Paramètres, Saisie mensuelle), with its French refusal when it is not a year. */
import { Field, Input } from "@fluentui/react-components";
import type { YearEntry } from "../hooks/useYearEntry";
import { STRINGS } from "../strings";

export interface YearFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly entry: YearEntry;
  readonly className?: string;
}

export function YearField({ label, hint, entry, className }: YearFieldProps) {
  const valid = entry.input.ok;
  return (
    <Field
      label={label}
      hint={hint}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : STRINGS.settings.invalidYear}
    >
      <Input className={className} inputMode="numeric" value={entry.text} onChange={(_, data) => entry.setText(data.value)} />
    </Field>
  );
}
