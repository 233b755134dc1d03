/** The months read (pasted or from the sheet), their totals and every problem, before anything is written. */
import { Text } from "@fluentui/react-components";
import type { TelephonyPreview } from "../../port";
import { STRINGS } from "../strings";
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
          ? STRINGS.telephony.noMonths
          : STRINGS.telephony.monthsFound(preview.months.length, preview.year)}
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
          <Text weight="semibold">{STRINGS.telephony.allSites(preview.sites.length)}</Text>
          <SiteRates sites={preview.sites} />
        </>
      )}
      {hasErrors && <Text>{STRINGS.telephony.errorsExcluded}</Text>}
      {others.length > 0 && (
        <>
          <Text weight="semibold">{STRINGS.telephony.otherProblems}</Text>
          <IssueList issues={others} label={STRINGS.telephony.otherProblems} />
        </>
      )}
    </>
  );
}
