/** The labelled box where an export is pasted (figures or answers), in a monospace font so columns line up. */
import { Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  textarea: { fontFamily: tokens.fontFamilyMonospace },
});

export interface PasteFieldProps {
  readonly label: string;
  readonly placeholder: string;
  readonly rows: number;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function PasteField({ label, placeholder, rows, value, onChange }: PasteFieldProps) {
  const styles = useStyles();
  return (
    <Field label={label}>
      <Textarea className={styles.textarea} value={value} rows={rows} resize="vertical" placeholder={placeholder} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
