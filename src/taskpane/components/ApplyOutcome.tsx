/** What writing the months did: the sheet, the months added or replaced, and the year's rate compared. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Text } from "@fluentui/react-components";
import { monthLabelOfKey } from "../../domain/telephony";
import type { TelephonyApplyOutcome } from "../../port";
import { RateComparison } from "./RateComparison";

const months = (keys: readonly string[]) => keys.map((key) => monthLabelOfKey(key)).join(", ");

export function ApplyOutcome({ outcome }: { readonly outcome: TelephonyApplyOutcome }) {
  if (outcome.sites !== undefined) {
    return (
      <>
        {outcome.sites.map((site) => {
          const detail = [
            ...(site.addedMonths.length > 0 ? [TELEPHONY_STRINGS.addedShort(months(site.addedMonths))] : []),
            ...(site.replacedMonths.length > 0 ? [TELEPHONY_STRINGS.replacedShort(months(site.replacedMonths))] : []),
          ].join("\u00a0; ");
          return <Text key={site.site}>{TELEPHONY_STRINGS.siteOutcome(site.site, detail)}</Text>;
        })}
        {outcome.analysis && <RateComparison analysis={outcome.analysis} />}
      </>
    );
  }
  return (
    <>
      {outcome.addedMonths.length > 0 && <Text>{TELEPHONY_STRINGS.added(months(outcome.addedMonths))}</Text>}
      {outcome.replacedMonths.length > 0 && <Text>{TELEPHONY_STRINGS.replaced(months(outcome.replacedMonths))}</Text>}
      {outcome.analysis && <RateComparison analysis={outcome.analysis} />}
    </>
  );
}
