/**
 * The tab list, on one line whatever the pane's width and the user's fonts: the tabs that do not fit go into a
 * « Plus » menu at its end (Fluent's Overflow), the chosen tab always staying in view. Nothing is ever cut.
 */
import { Overflow, OverflowItem, Tab, TabList, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { PANE_IDS, type PaneId } from "../Panes";
import { STRINGS } from "../strings";
import { GearIcon } from "./GearIcon";
import { TabsOverflowMenu } from "./TabsOverflowMenu";

// Inline, not makeStyles: the first paint carries no style compiler (README, "The first paint").
const styles = {
  // One line, never wrapped: a wrapped Fluent tab list draws the selection line beside the label.
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden", padding: `0 ${tokens.spacingHorizontalXXS}` },
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
} satisfies Record<string, CSSProperties>;

export interface TabBarProps {
  readonly selected: PaneId;
  readonly onSelect: (pane: PaneId) => void;
}

export function TabBar({ selected, onSelect }: TabBarProps) {
  return (
    <Overflow minimumVisible={1}>
      <TabList
        style={styles.tabs}
        size="small"
        aria-label={STRINGS.app.tabsLabel}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as PaneId)}
      >
        {PANE_IDS.map((id) => {
          const { label, name }: { label: string | null; name: string } = STRINGS.tabs[id];
          // A shortened label or an icon keeps the full name for screen readers and as a tooltip (the label is part of the name).
          const full = name === label ? {} : { "aria-label": name, title: name };
          return (
            // The chosen tab has the higher priority: it is the last to go into the menu.
            <OverflowItem key={id} id={id} priority={id === selected ? 2 : 1}>
              <Tab
                id={`tab-${id}`}
                style={styles.tab}
                value={id}
                aria-controls={`panel-${id}`}
                icon={id === "settings" ? <GearIcon /> : undefined}
                {...full}
              >
                {label}
              </Tab>
            </OverflowItem>
          );
        })}
        <TabsOverflowMenu onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
