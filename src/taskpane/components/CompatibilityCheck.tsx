/**
 * Paramètres › « Vérifier la compatibilité »: runs the check, lists each item (« OK » or what failed) and
 * copies the plain-text report for the IT department — through the clipboard when the browser allows it,
 * else by selecting the text for Ctrl+C.
 */
import {
  Button,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { CompatibilityReport, WorkbookOperations } from "../../port";
import {
  compatibilityReportText,
  failedCount,
  itemText,
} from "../format/compatibility-report";
import { useAsyncAction } from "../hooks/useAsyncAction";
import { STRINGS } from "../strings";
import { ActionFeedback } from "./ActionFeedback";

const TEXT = STRINGS.compatibility;

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "stretch",
  },
  button: { alignSelf: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface CompatibilityCheckProps {
  readonly operations: Pick<WorkbookOperations, "checkCompatibility">;
  readonly now?: () => Date;
}

async function copy(
  text: string,
  area: HTMLTextAreaElement | null,
): Promise<"copied" | "selected"> {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    area?.focus();
    area?.select();
    return "selected";
  }
}

export function CompatibilityCheck({
  operations,
  now = () => new Date(),
}: CompatibilityCheckProps) {
  const styles = useStyles();
  const check = useAsyncAction(async () => {
    const report: CompatibilityReport = await operations.checkCompatibility();
    return { report, text: compatibilityReportText(report, now()) };
  });
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const result = check.state.kind === "done" ? check.state.value : null;
  return (
    <section className={styles.section} aria-labelledby="compatibility-title">
      <Text as="h2" id="compatibility-title" weight="semibold">
        {TEXT.title}
      </Text>
      <Text>{TEXT.intro}</Text>
      <Button
        type="button"
        className={styles.button}
        disabledFocusable={check.state.kind === "running"}
        onClick={() => {
          setCopied(null);
          void check.run();
        }}
      >
        {TEXT.run}
      </Button>
      <ActionFeedback
        state={check.state}
        runningLabel={TEXT.running}
        doneMessage={({ report }) => TEXT.summary(failedCount(report))}
      />
      {result && (
        <>
          <ul className={styles.list} aria-label={TEXT.listLabel}>
            {result.report.items.map((item) => (
              <li
                key={item.id}
                className={
                  item.outcome === "failed" ? styles.failed : undefined
                }
              >
                {item.label}
                {"\u00a0: "}
                {itemText(item)}
              </li>
            ))}
          </ul>
          <Button
            type="button"
            className={styles.button}
            onClick={() => void copy(result.text, area.current).then(setCopied)}
          >
            {TEXT.copy}
          </Button>
          <div role="status" aria-live="polite">
            {copied && (
              <Text>{copied === "copied" ? TEXT.copied : TEXT.selected}</Text>
            )}
          </div>
          <Textarea
            ref={area}
            readOnly
            value={result.text}
            aria-label={TEXT.reportLabel}
            resize="vertical"
            rows={4}
          />
        </>
      )}
    </section>
  );
}
