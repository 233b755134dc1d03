/** The task pane: a tab per task, each pane working through the WorkbookOperations it is given. */
import { Spinner, tokens } from "@fluentui/react-components";
import { lazy, useEffect, useState, type CSSProperties } from "react";
import { FailureBar } from "./components/FailureBar";
import { TabBar } from "./components/TabBar";
import { PaneLoader } from "./components/PaneLoader";
import { useAsyncAction } from "./hooks/useAsyncAction";
import { useLiveChecks } from "./hooks/useLiveChecks";
import { DEFAULT_SETTINGS, type Settings, type WorkbookOperations } from "../port";
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import { PANE_IDS, Pane, type PaneId } from "./Panes";
import { STRINGS } from "./strings";

// Outside Excel only: its own chunk, so the pane in Excel does not carry it.
const NotInExcel = lazy(() => import(/* webpackChunkName: "not-in-excel" */ "./components/NotInExcel").then((m) => ({ default: m.NotInExcel })));

// Inline, not makeStyles: the first paint carries no style compiler (README, "The first paint").
const styles = {
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  panel: { padding: tokens.spacingHorizontalM },
  // Read by screen readers, not shown.
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
} satisfies Record<string, CSSProperties>;

export interface AppProps {
  /** null when the pane runs outside Excel. */
  readonly operations: WorkbookOperations | null;
}

export function App({ operations }: AppProps) {
  return (
    <div style={styles.app}>
      <header style={styles.header}>
        <h1 style={styles.title}>{STRINGS.app.title}</h1>
      </header>
      {operations ? <Workspace operations={operations} /> : <div style={styles.panel}><PaneLoader><NotInExcel /></PaneLoader></div>}
    </div>
  );
}

function Workspace({ operations }: { readonly operations: WorkbookOperations }) {
  const [pane, setPane] = useState<PaneId>("analyze");
  // Panes are mounted when first chosen (their code is fetched then), and stay mounted afterwards.
  const [opened, setOpened] = useState<ReadonlySet<PaneId>>(() => new Set<PaneId>(["analyze"]));
  const choose = (id: PaneId) => {
    setPane(id);
    setOpened((before) => (before.has(id) ? before : new Set([...before, id])));
  };
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const load = useAsyncAction(async () => {
    const saved = await operations.loadSettings();
    // Set before the load is "done", so the panes first render with the workbook's settings.
    setSettings(saved);
    return saved;
  });
  const analysis = useAsyncAction((chosen: Settings) => operations.analyze(chosen));
  const { run: loadSettings } = load;
  useEffect(() => void loadSettings(), [loadSettings]);
  // The problems of the rows the last live check read, with the analysis they belong to: Analyser's next run replaces it.
  const [recent, setRecent] = useState<{ readonly analysis: Analysis; readonly issues: readonly Issue[] } | null>(null);
  const announcement = useLiveChecks(operations, settings, load.state.kind === "done", (checked, changedRowIssues) => {
    analysis.replace(checked);
    setRecent({ analysis: checked, issues: changedRowIssues });
  });
  const recentIssues = recent !== null && recent.analysis === analysis.lastValue ? recent.issues : [];

  if (load.state.kind === "idle" || load.state.kind === "running") {
    return (
      <div style={styles.panel} role="status" aria-live="polite">
        <Spinner label={STRINGS.app.loadingSettings} />
      </div>
    );
  }
  return (
    <>
      <TabBar selected={pane} onSelect={choose} />
      <div style={styles.hidden} role="status" aria-live="polite" data-testid="live-announcement">
        {announcement}
      </div>
      <main style={styles.panel}>
        {load.state.kind === "failed" && <FailureBar failure={load.state.failure} />}
        {/* Every pane once opened stays mounted (hidden when not chosen) so pasted text and results survive a change of tab. */}
        {PANE_IDS.map((id) => (
          <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== pane}>
            {opened.has(id) && (
              <PaneLoader>
                <Pane pane={id} operations={operations} settings={settings} analysis={analysis} onSettingsChange={setSettings} recentIssues={recentIssues} />
              </PaneLoader>
            )}
          </div>
        ))}
      </main>
    </>
  );
}
