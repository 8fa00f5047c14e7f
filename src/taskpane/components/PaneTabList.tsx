import * as React from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import type { Messages } from "../../i18n/messages";

const useStyles = makeStyles({
  // The overflow manager measures this box: it must not grow with its content.
  root: { minWidth: 0, overflow: "hidden" },
});

export interface PaneTab {
  id: string;
  title: string;
}

export interface PaneTabListProps {
  t: Messages;
  tabs: readonly PaneTab[];
  selected: string;
  onSelect: (id: string) => void;
}

/** One entry of the "more tabs" menu: present only while its tab is overflowed. */
function MoreTabItem(props: {
  tab: PaneTab;
  onSelect: (id: string) => void;
}): React.JSX.Element | null {
  const visible = useIsOverflowItemVisible(props.tab.id);
  if (visible) return null;
  return (
    <MenuItem onClick={() => props.onSelect(props.tab.id)} data-testid={`more-tab-${props.tab.id}`}>
      {props.tab.title}
    </MenuItem>
  );
}

function MoreTabsMenu(props: PaneTabListProps): React.JSX.Element | null {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  const label = props.t.app.pane.moreTabs({ count: overflowCount });
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={label}
          title={label}
          data-testid="more-tabs"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.tabs.map((tab) => (
            <MoreTabItem key={tab.id} tab={tab} onSelect={props.onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The pane's tab list. A task pane can be 320 px wide, narrower than the five tab titles:
 * the tabs that do not fit move into a "more" menu (Fluent's Overflow pattern), and the open
 * tab keeps its place in the row (it overflows last).
 */
export function PaneTabList(props: PaneTabListProps): React.JSX.Element {
  const s = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={s.root}
        selectedValue={props.selected}
        onTabSelect={(_, d) => props.onSelect(String(d.value))}
      >
        {props.tabs.map((tab) => (
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === props.selected ? 2 : 1}>
            <Tab value={tab.id}>{tab.title}</Tab>
          </OverflowItem>
        ))}
        <MoreTabsMenu {...props} />
      </TabList>
    </Overflow>
  );
}
