/** Where pasted figures will go when the year has several sites: the chosen site's new and replaced months, or each pasted site's, and the rate after. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Text } from "@fluentui/react-components";
import { monthLabelOfKey } from "../../domain/telephony";
import type { SiteChoice, SiteFoldOutcome } from "../../port";
import { formatRate } from "../format/month-figures";

const months = (keys: readonly string[]) => keys.map((key) => monthLabelOfKey(key)).join(", ");

function FoldLine({ fold }: { readonly fold: SiteFoldOutcome }) {
  const parts = [
    ...(fold.addedMonths.length > 0 ? [TELEPHONY_STRINGS.newMonths(months(fold.addedMonths))] : []),
    ...(fold.replacedMonths.length > 0 ? [TELEPHONY_STRINGS.replacedMonths(months(fold.replacedMonths))] : []),
  ];
  return <Text>{`${TELEPHONY_STRINGS.siteFold(fold.site)} ${parts.join("\u00a0; ")}.`}</Text>;
}

export function SiteFoldSummary({ choice, chosen }: { readonly choice: SiteChoice; readonly chosen: string | null }) {
  if (choice.pasted !== undefined) {
    return (
      <>
        <Text weight="semibold">{TELEPHONY_STRINGS.pastedSites(choice.pasted.length)}</Text>
        {choice.pasted.map((entry) =>
          entry.fold === null ? <Text key={entry.pasted}>{TELEPHONY_STRINGS.unknownSite(entry.pasted)}</Text> : <FoldLine key={entry.pasted} fold={entry.fold} />,
        )}
        <Text>{TELEPHONY_STRINGS.rateAfter(formatRate(choice.annualRateAfter ?? null))}</Text>
      </>
    );
  }
  const fold = choice.bySite.find((candidate) => candidate.site === chosen);
  const unmatched = choice.unmatched === undefined ? null : <Text>{TELEPHONY_STRINGS.unmatchedSite(choice.unmatched)}</Text>;
  if (fold === undefined) return unmatched;
  return (
    <>
      {unmatched}
      <FoldLine fold={fold} />
      <Text>{TELEPHONY_STRINGS.rateAfter(formatRate(fold.annualRateAfter))}</Text>
    </>
  );
}
