/**
 * Development harness: the real App with canned operations, to look at the pane in a browser
 * (built only with `--env harness`). "?outside" shows the pane as it is outside Excel.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createCannedOperations } from "./dev/canned-operations";

const container = document.getElementById("container");
if (container) {
  const outside = new URLSearchParams(window.location.search).has("outside");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App operations={outside ? null : createCannedOperations()} />
    </FluentProvider>,
  );
}
