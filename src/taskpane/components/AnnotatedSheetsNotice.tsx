/**
 * Report sheets someone wrote in since they were generated: which, and what changed, then the two choices —
 * keep them under « … (annotée) » beside the new ones, or replace them once the user confirms that the
 * annotations will be lost (an alert dialog).
 */
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnnotatedSheet } from "../../port";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AnnotatedSheetsNoticeProps {
  readonly annotated: readonly AnnotatedSheet[];
  readonly onKeep: () => void;
  readonly onReplace: () => void;
}

export function AnnotatedSheetsNotice({ annotated, onKeep, onReplace }: AnnotatedSheetsNoticeProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const words = STRINGS.generate;
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{words.annotatedTitle}</MessageBarTitle>
          {words.annotatedIntro}
          <ul className={styles.list}>
            {annotated.map((entry) => (
              <li key={entry.sheet}>{words.annotatedLine(entry.sheet, entry.changes)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onKeep}>
          {words.keep(annotated.map((entry) => entry.keepAs))}
        </Button>
        <Button appearance="secondary" onClick={() => setConfirming(true)}>
          {words.replace}
        </Button>
      </div>
      <Dialog modalType="alert" open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{words.confirmTitle}</DialogTitle>
            <DialogContent>{words.confirmBody(annotated.map((entry) => entry.sheet))}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onReplace();
                }}
              >
                {words.confirmReplace}
              </Button>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {words.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
