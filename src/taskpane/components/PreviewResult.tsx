/** The months read (pasted or from the sheet), their totals and every problem, before anything is written. */
import { TELEPHONY_STRINGS } from "../telephony-strings";
import { Text } from "@fluentui/react-components";
import type { TelephonyPreview } from "../../port";
import { IssueList } from "./IssueList";
import { issuesOfMonth } from "../format/month-figures";
import { MonthTable } from "./MonthTable";
import { SiteRates } from "./SiteRates";

export function PreviewResult({ preview }: { readonly preview: TelephonyPreview }) {
  const placed = new Set(preview.months.flatMap((month) => issuesOfMonth(month, preview.issues)));
  const others = preview.issues.filter((issue) => !placed.has(issue));
  const hasErrors = preview.issues.some((issue) => issue.severity === "error");
  return (
    <>
      <Text weight="semibold">
        {preview.months.length === 0
          ? TELEPHONY_STRINGS.noMonths
          : TELEPHONY_STRINGS.monthsFound(preview.months.length, preview.year)}
      </Text>
      {preview.months.length > 0 && (
        <MonthTable
          months={preview.months}
          issues={preview.issues}
          received={preview.received}
          answered={preview.answered}
          annualRate={preview.annualRate}
        />
      )}
      {preview.sites && preview.sites.length > 1 && (
        <>
          <Text weight="semibold">{TELEPHONY_STRINGS.allSites(preview.sites.length)}</Text>
          <SiteRates sites={preview.sites} />
        </>
      )}
      {hasErrors && <Text>{TELEPHONY_STRINGS.errorsExcluded}</Text>}
      {others.length > 0 && (
        <>
          <Text weight="semibold">{TELEPHONY_STRINGS.otherProblems}</Text>
          <IssueList issues={others} label={TELEPHONY_STRINGS.otherProblems} />
        </>
      )}
    </>
  );
}
