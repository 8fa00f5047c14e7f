/** @jest-environment jsdom */
/**
 * The shared footer of the list tabs (src/taskpane/components/JobFooter.tsx): the run button
 * says when the job works and waits, the bar is named (and captioned) as the tab asks, errors
 * and the outcome line show, and the question before a write goes to `job.answer`. The types:
 * a job that can conflict needs the dialog's texts (and its conflict question in useListJob),
 * one that cannot takes none.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { JobFooter, type JobFooterProps } from "../../src/taskpane/components/JobFooter";
import { useListJob, type JobStatus } from "../../src/taskpane/hooks/useListJob";
import { tieringJob } from "../../src/app/tieringJob";
import { churnJob } from "../../src/app/churnJob";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { messages } from "../../src/i18n/messages";

function status<A extends boolean>(canConflict: A, over: Partial<JobStatus> = {}): JobStatus<A> {
  return {
    busy: false,
    progress: null,
    errors: [],
    message: null,
    asking: null,
    answer: jest.fn(),
    ...over,
    canConflict,
  };
}

const ids = { errorTestId: "err", messageTestId: "msg" };
const CONFIRM = { title: "Replace?", replace: "Replace", cancel: "Keep" };

function show(props: JobFooterProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <JobFooter {...props} />
    </FluentProvider>
  );
}

describe("JobFooter", () => {
  test("the run button runs; while the job works it says so and waits", async () => {
    const onClick = jest.fn();
    const run = { text: "Write", working: "Writing…", onClick, testId: "go" };
    const view = show({ job: status(false), run, ...ids });
    expect(screen.getByTestId("go")).toHaveTextContent("Write");
    await userEvent.click(screen.getByTestId("go"));
    expect(onClick).toHaveBeenCalledTimes(1);

    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <JobFooter job={status(false, { busy: true })} run={run} {...ids} />
      </FluentProvider>
    );
    expect(screen.getByTestId("go")).toHaveTextContent("Writing…");
    expect(screen.getByTestId("go")).toBeDisabled();

    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <JobFooter job={status(false)} run={{ ...run, disabled: true }} {...ids} />
      </FluentProvider>
    );
    expect(screen.getByTestId("go")).toHaveTextContent("Write");
    expect(screen.getByTestId("go")).toBeDisabled();
  });

  test("more buttons share the run button's row; no run button and none: no row", () => {
    const run = { text: "Tier", working: "…", onClick: jest.fn(), testId: "go" };
    const view = show({ job: status(false), run, ...ids, children: <button>Summary</button> });
    expect(screen.getByTestId("go").parentElement).toBe(
      screen.getByRole("button", { name: "Summary" }).parentElement
    );
    view.unmount();
    show({ job: status(false), ...ids });
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("the bar: named by the tab, or named and captioned by what the job is doing", () => {
    const view = show({
      job: status(false, { progress: { value: 0.4 } }),
      progressLabel: "Working",
      ...ids,
    });
    expect(screen.getByRole("progressbar", { name: "Working" })).toBeInTheDocument();
    view.unmount();
    show({
      job: status(false, { progress: { value: 0.8, label: "Writing the plan" } }),
      captions: true,
      ...ids,
    });
    expect(screen.getByRole("progressbar", { name: "Writing the plan" })).toBeInTheDocument();
    expect(screen.getByText("Writing the plan")).toBeInTheDocument();
  });

  test("errors as lines or as one text, and the outcome line", () => {
    const errors = ["first problem", "second problem"];
    const view = show({
      job: status(false, { errors, message: "Done." }),
      errorLines: true,
      ...ids,
    });
    expect(within(screen.getByTestId("err")).getByText("first problem")).toBeInTheDocument();
    expect(within(screen.getByTestId("err")).getByText("second problem")).toBeInTheDocument();
    expect(screen.getByTestId("msg")).toHaveTextContent("Done.");
    view.unmount();
    show({ job: status(false, { errors }), ...ids });
    expect(screen.getByTestId("err")).toHaveTextContent("first problem second problem");
    expect(screen.queryByTestId("msg")).toBeNull();
  });

  test("the question before a write: yes and no go to the job", async () => {
    const answer = jest.fn();
    const view = show({ job: status(true, { answer }), confirm: CONFIRM, ...ids });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    const asking = (a: string | null) => (
      <FluentProvider theme={webLightTheme}>
        <JobFooter job={status(true, { answer, asking: a })} confirm={CONFIRM} {...ids} />
      </FluentProvider>
    );
    view.rerender(asking("Column D holds 3 cells: replace them?"));
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(dialog).toHaveTextContent("Replace?");
    expect(dialog).toHaveTextContent("Column D holds 3 cells: replace them?");
    await userEvent.click(within(dialog).getByRole("button", { name: "Keep", hidden: true }));
    expect(answer).toHaveBeenLastCalledWith(false);
    await userEvent.click(within(dialog).getByRole("button", { name: "Replace", hidden: true }));
    expect(answer).toHaveBeenLastCalledWith(true);
  });
});

/** Compile-time only (checked by `tsc --noEmit`): never called. */
export function useTypeChecks(): void {
  const host = new MemoryHost(workbookFromCells("S", [["a"]]));
  const base = { host, locale: "en" as const, t: messages("en") };
  // A job that can conflict: its question and "cancelled" line are required ...
  // @ts-expect-error describeConflicts and cancelledText missing
  useListJob(tieringJob, base);
  // ... and its footer needs the dialog's texts.
  const tiering = useListJob(tieringJob, {
    ...base,
    describeConflicts: ([c]) => c.code,
    cancelledText: "kept",
  });
  // @ts-expect-error confirm missing
  void (<JobFooter job={tiering} {...ids} />);
  void (<JobFooter job={tiering} confirm={CONFIRM} {...ids} />);
  // A job that cannot conflict takes neither.
  const churn = useListJob(churnJob, base);
  void (<JobFooter job={churn} {...ids} />);
  // @ts-expect-error no question for a job that never asks
  useListJob(churnJob, { ...base, describeConflicts: () => "", cancelledText: "" });
}
