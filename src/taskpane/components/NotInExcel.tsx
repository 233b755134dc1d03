/** Shown when the pane is opened outside Excel (a browser, another Office application). */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { STRINGS } from "../strings";

export function NotInExcel() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.notInExcel.title}</MessageBarTitle>
        {STRINGS.notInExcel.body}
      </MessageBarBody>
    </MessageBar>
  );
}
