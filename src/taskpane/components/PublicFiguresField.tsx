/** The public page's figures: a check box each, in the page's order; the list as chosen goes to onChange. */
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { PUBLIC_FIGURE_KINDS, type PublicFigureKind } from "../../port";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface PublicFiguresFieldProps {
  readonly chosen: readonly PublicFigureKind[];
  readonly onChange: (chosen: readonly PublicFigureKind[]) => void;
}

export function PublicFiguresField({ chosen, onChange }: PublicFiguresFieldProps) {
  const styles = useStyles();
  const hintId = useId();
  const toggle = (kind: PublicFigureKind, checked: boolean) =>
    onChange(PUBLIC_FIGURE_KINDS.filter((candidate) => (candidate === kind ? checked : chosen.includes(candidate))));
  return (
    <fieldset className={styles.group} aria-describedby={hintId}>
      <legend className={styles.legend}>
        <Text weight="semibold">{STRINGS.settings.publicLabel}</Text>
      </legend>
      {PUBLIC_FIGURE_KINDS.map((kind) => (
        <Checkbox
          key={kind}
          label={STRINGS.settings.publicFigures[kind]}
          checked={chosen.includes(kind)}
          onChange={(_, data) => toggle(kind, data.checked === true)}
        />
      ))}
      <Text id={hintId} size={200} className={styles.hint}>
        {chosen.length === 0 ? STRINGS.settings.publicNone : STRINGS.settings.publicHint}
      </Text>
    </fieldset>
  );
}
