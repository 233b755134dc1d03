/** The task pane: a tab per task, each pane working through the WorkbookOperations it is given. */
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { FailureBar } from "./components/FailureBar";
import { GearIcon } from "./components/GearIcon";
import { NotInExcel } from "./components/NotInExcel";
import { useAsyncAction } from "./hooks/useAsyncAction";
import { DEFAULT_SETTINGS, type Settings, type WorkbookOperations } from "../port";
import { PANE_IDS, Pane, type PaneId } from "./Panes";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  // One line, never wrapped: a wrapped Fluent tab list draws the selection line beside the label.
  tabs: { flexWrap: "nowrap", padding: `0 ${tokens.spacingHorizontalXXS}` },
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panel: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  /** null when the pane runs outside Excel. */
  readonly operations: WorkbookOperations | null;
}

export function App({ operations }: AppProps) {
  const styles = useStyles();
  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <h1 className={styles.title}>{STRINGS.app.title}</h1>
      </header>
      {operations ? <Workspace operations={operations} /> : <div className={styles.panel}><NotInExcel /></div>}
    </div>
  );
}

function Workspace({ operations }: { readonly operations: WorkbookOperations }) {
  const styles = useStyles();
  const [pane, setPane] = useState<PaneId>("analyze");
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

  if (load.state.kind === "idle" || load.state.kind === "running") {
    return (
      <div className={styles.panel} role="status" aria-live="polite">
        <Spinner label={STRINGS.app.loadingSettings} />
      </div>
    );
  }
  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={STRINGS.app.tabsLabel}
        selectedValue={pane}
        onTabSelect={(_, data) => setPane(data.value as PaneId)}
      >
        {PANE_IDS.map((id) => {
          const { label, name }: { label: string | null; name: string } = STRINGS.tabs[id];
          // A shortened label or an icon keeps the full name for screen readers and as a tooltip (the label is part of the name).
          const full = name === label ? {} : { "aria-label": name, title: name };
          return (
            <Tab
              key={id}
              id={`tab-${id}`}
              className={styles.tab}
              value={id}
              aria-controls={`panel-${id}`}
              icon={id === "settings" ? <GearIcon /> : undefined}
              {...full}
            >
              {label}
            </Tab>
          );
        })}
      </TabList>
      <main className={styles.panel}>
        {load.state.kind === "failed" && <FailureBar failure={load.state.failure} />}
        {/* Every pane stays mounted (hidden when not chosen) so pasted text and results survive a change of tab. */}
        {PANE_IDS.map((id) => (
          <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={id !== pane}>
            <Pane pane={id} operations={operations} settings={settings} analysis={analysis} onSettingsChange={setSettings} />
          </div>
        ))}
      </main>
    </>
  );
}
