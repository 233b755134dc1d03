/** Boots the task pane: in Excel with the Office.js operations, elsewhere with the "not in Excel" notice. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelOperations } from "../excel/excel-operations";
import { App } from "./App";
import { webLightTheme } from "./theme";
import type { WorkbookOperations } from "../port";

function render(operations: WorkbookOperations | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App operations={operations} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  // Office.js did not load: the page was opened in a plain browser or offline.
  render(null);
} else {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel ? createExcelOperations() : null));
}
