/**
 * « Plus »: the menu of the tabs that do not fit on the tab bar's line; shown only when some do not. The button is
 * part of the first chunk (Overflow measures it); the menu's code (Fluent's Menu and its positioning, some 30 KiB
 * gzipped) is fetched only when the button first appears.
 */
import { Button, tokens, useOverflowMenu } from "@fluentui/react-components";
import { forwardRef, lazy, Suspense, useCallback, useState, type CSSProperties } from "react";
import type { PaneId } from "../Panes";
import { STRINGS } from "../strings";

const TabsMenu = lazy(() => import(/* webpackChunkName: "tabs-menu" */ "./TabsMenu").then((m) => ({ default: m.TabsMenu })));

// Inline, not makeStyles: the first paint carries no style compiler (README, "The first paint").
const BUTTON_STYLE: CSSProperties = { flexShrink: 0, minWidth: "auto", alignSelf: "center", padding: `0 ${tokens.spacingHorizontalS}` };

export function TabsOverflowMenu({ onSelect }: { readonly onSelect: (pane: PaneId) => void }) {
  // Overflow registers the button once per id: a new id once the menu's own button replaces the placeholder.
  const [menuMounted, setMenuMounted] = useState(false);
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>(menuMounted ? "tabs-menu" : "tabs-menu-placeholder");
  const onMounted = useCallback(() => setMenuMounted(true), []);
  if (!isOverflowing) return null;
  const button = <MoreButton ref={ref} count={overflowCount} />;
  return (
    <Suspense fallback={button}>
      <TabsMenu trigger={button} onSelect={onSelect} onMounted={onMounted} />
    </Suspense>
  );
}

export const MoreButton = forwardRef<HTMLButtonElement, { readonly count: number }>(function MoreButton({ count, ...triggerProps }, ref) {
  return (
    <Button {...triggerProps} ref={ref} style={BUTTON_STYLE} appearance="transparent" size="small" aria-label={STRINGS.app.moreTabsLabel(count)}>
      {STRINGS.app.moreTabs}
    </Button>
  );
});
