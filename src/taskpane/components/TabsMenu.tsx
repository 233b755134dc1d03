/** The « Plus » menu itself (its own chunk): an item for each tab that is out of the bar, which chooses it. */
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, useIsOverflowItemVisible } from "@fluentui/react-components";
import { useLayoutEffect, type ReactElement } from "react";
import { PANE_IDS, type PaneId } from "../Panes";
import { STRINGS } from "../strings";

export interface TabsMenuProps {
  /** The « Plus » button, which opens the menu. */
  readonly trigger: ReactElement;
  readonly onSelect: (pane: PaneId) => void;
  /** Called once the menu's button is in the page, so Overflow measures it rather than the placeholder. */
  readonly onMounted: () => void;
}

export function TabsMenu({ trigger, onSelect, onMounted }: TabsMenuProps) {
  useLayoutEffect(onMounted, [onMounted]);
  return (
    // Below « Plus », its right edge on the button's: the menu opens towards the pane, not past its right side.
    <Menu hasIcons={false} positioning={{ position: "below", align: "end" }}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PANE_IDS.map((id) => (
            <HiddenTabItem key={id} id={id} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A tab's entry in the menu, there only while the tab itself is out of the bar. */
function HiddenTabItem({ id, onSelect }: { readonly id: PaneId; readonly onSelect: (pane: PaneId) => void }) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(id)}>{STRINGS.tabs[id].name}</MenuItem>;
}
