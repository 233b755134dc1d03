/** The page: the real task pane (real App, real Office.js adapter, real engine) beside the simulated workbook. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { createWorkbookOperations } from "../excel/workbook-operations";
import { App } from "../taskpane/App";
import type { ObservedExcel } from "./observed-excel";
import { PLAYGROUND_TEXT } from "./strings";
import { WorkbookView } from "./view/WorkbookView";

const PANE_WIDTH = "380px";

const useStyles = makeStyles({
  page: { display: "flex", alignItems: "stretch", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  pane: {
    flex: `0 0 ${PANE_WIDTH}`,
    width: PANE_WIDTH,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: "auto",
    maxHeight: "100vh",
    position: "sticky",
    top: 0,
  },
  workbook: { flex: "1 1 auto", minWidth: 0, padding: tokens.spacingHorizontalL },
});

export function Playground({ observed }: { readonly observed: ObservedExcel }) {
  const styles = useStyles();
  const operations = useMemo(() => createWorkbookOperations(observed.run, { office: () => observed.excel.office }), [observed]);
  return (
    <div className={styles.page}>
      {/* Not a landmark: in Excel the pane is a page of its own, whose <main> is top-level. */}
      <div className={styles.pane} id="pane">
        <App operations={operations} />
      </div>
      <section className={styles.workbook} aria-label={PLAYGROUND_TEXT.workbookRegion} id="workbook">
        <WorkbookView observed={observed} />
      </section>
    </div>
  );
}
