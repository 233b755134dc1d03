/** The baseline the task pane's bundle is compared with: a bare Fluent UI v9 pane holding one button. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

function BarePane(): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Analyser</Button>
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) createRoot(container).render(<BarePane />);
