/** @jest-environment jsdom */
/**
 * The shared runtime starts the pane's page hidden (a CRM formula calculated) and keeps it
 * while the pane is closed: the tabs must read the selected list when the pane is shown, not
 * at start-up. Office.addin.onVisibilityModeChanged is faked with its documented messages
 * ({visibilityMode: "Taskpane" | "Hidden"}, handler registration returning a promise of the
 * remover: https://learn.microsoft.com/javascript/api/office/office.addin).
 */
import * as React from "react";
import { act, render } from "@testing-library/react";
import { useReadOnOpen } from "../../src/taskpane/hooks/useReadOnOpen";
import {
  officePaneVisibility,
  type AddinVisibilityApi,
} from "../../src/taskpane/visibility/paneVisibility";
import { PaneVisibilityContext } from "../../src/taskpane/visibility/PaneVisibilityContext";

function fakeAddin(): AddinVisibilityApi & { set(mode: "Taskpane" | "Hidden"): void } {
  const handlers: Array<(m: { visibilityMode: string }) => void> = [];
  return {
    onVisibilityModeChanged(h) {
      handlers.push(h);
      return Promise.resolve(async () => {
        handlers.splice(handlers.indexOf(h), 1);
      });
    },
    set(mode) {
      for (const h of handlers) h({ visibilityMode: mode });
    },
  };
}

function Reader(props: { read: () => Promise<unknown> }): React.JSX.Element {
  const guard = React.useCallback((work: () => Promise<void>) => work(), []);
  useReadOnOpen(guard, props.read);
  return <div />;
}

async function mount(startVisible: boolean) {
  const addin = fakeAddin();
  const read = jest.fn(async () => undefined);
  const visibility = officePaneVisibility(addin, startVisible);
  const view = render(
    <PaneVisibilityContext.Provider value={visibility}>
      <Reader read={read} />
    </PaneVisibilityContext.Provider>
  );
  await act(async () => undefined);
  return { addin, read, view };
}

describe("read on open in the shared runtime", () => {
  test("a page started hidden reads nothing until the pane is shown, then reads once", async () => {
    const { addin, read } = await mount(false);
    expect(read).not.toHaveBeenCalled();
    await act(async () => addin.set("Taskpane"));
    expect(read).toHaveBeenCalledTimes(1);
    // A repeated "Taskpane" message while on screen is not a new opening.
    await act(async () => addin.set("Taskpane"));
    expect(read).toHaveBeenCalledTimes(1);
  });

  test("each time the pane is closed and opened again the list is read again", async () => {
    const { addin, read } = await mount(true);
    expect(read).toHaveBeenCalledTimes(1);
    await act(async () => addin.set("Hidden"));
    expect(read).toHaveBeenCalledTimes(1);
    await act(async () => addin.set("Taskpane"));
    expect(read).toHaveBeenCalledTimes(2);
  });

  test("a tab that is gone no longer reads when the pane is shown", async () => {
    const { addin, read, view } = await mount(false);
    view.unmount();
    await act(async () => addin.set("Taskpane"));
    expect(read).not.toHaveBeenCalled();
  });

  test("outside Excel (no provider) the pane is visible: the tab reads when it opens", async () => {
    const read = jest.fn(async () => undefined);
    render(<Reader read={read} />);
    await act(async () => undefined);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
