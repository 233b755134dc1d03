/** The failure in Fluent's MessageBar (its own chunk): red for Excel's errors, a warning for an unusable workbook. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Failure } from "../errors";
import { failureTitle } from "../format/failure-title";

export function FailureMessageBar({ failure }: { readonly failure: Failure }) {
  return (
    <MessageBar intent={failure.kind === "not_usable" ? "warning" : "error"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{failureTitle(failure)}</MessageBarTitle>
        {failure.message}
      </MessageBarBody>
    </MessageBar>
  );
}
