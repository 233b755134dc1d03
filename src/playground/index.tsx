/** Boots the playground: the simulated Excel seeded with the sample workbook embedded at build time. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { observedWorkbook } from "./observed-excel";
import { Playground } from "./Playground";
import { chosenSample } from "./sample-workbook";

const sample = chosenSample(window.location.search);
const observed = observedWorkbook(sample.snapshot, sample.fileName);
// For the end-to-end tests and for curious developers: the simulated host, to look at its model.
(window as unknown as { bilanQualiteSimulator: typeof observed }).bilanQualiteSimulator = observed;

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Playground observed={observed} />
    </FluentProvider>,
  );
}
