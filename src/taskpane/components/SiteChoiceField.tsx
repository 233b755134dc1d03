/**
 * « Site »: which of the year's sites pasted figures are for, when the year has several. A radio group: a prefecture
 * has a few sites, all seen at once; arrow keys move between them, as in any radio group.
 */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";

export interface SiteChoiceFieldProps {
  readonly sites: readonly string[];
  readonly chosen: string | null;
  readonly onChoose: (site: string) => void;
  /** Once the figures are written: the site they went to stays shown. */
  readonly disabled?: boolean;
}

export function SiteChoiceField({ sites, chosen, onChoose, disabled = false }: SiteChoiceFieldProps) {
  return (
    <Field
      label={TELEPHONY_STRINGS.siteLabel}
      hint={TELEPHONY_STRINGS.siteHint}
      validationState={chosen === null ? "warning" : "none"}
      validationMessage={chosen === null ? TELEPHONY_STRINGS.chooseSite : undefined}
    >
      <RadioGroup value={chosen ?? ""} disabled={disabled} onChange={(_, data) => onChoose(data.value)}>
        {sites.map((site) => (
          <Radio key={site} value={site} label={site} />
        ))}
      </RadioGroup>
    </Field>
  );
}
