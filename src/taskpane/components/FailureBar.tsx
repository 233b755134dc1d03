/** A failed operation, in French: an Excel error in red, an unusable workbook as a warning. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Failure } from "../errors";
import { STRINGS } from "../strings";

export function FailureBar({ failure }: { readonly failure: Failure }) {
  const notUsable = failure.kind === "not_usable";
  return (
    <div role="alert">
      <MessageBar intent={notUsable ? "warning" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{notUsable ? STRINGS.errors.notUsableTitle : STRINGS.errors.title}</MessageBarTitle>
          {failure.message}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
