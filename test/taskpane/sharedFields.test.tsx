/** @jest-environment jsdom */
/**
 * The pane's shared pieces (src/taskpane/components/shared): DataTable renders headers, one row
 * per item with each column's cell, the row and cell attributes it is given; TextField and
 * SelectField report what the user types or picks, and TextField shows its error.
 */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DataTable } from "../../src/taskpane/components/DataTable";
import { TextField } from "../../src/taskpane/components/TextField";
import { SelectField } from "../../src/taskpane/components/SelectField";
import { ColorLegend } from "../../src/taskpane/components/ColorLegend";

const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("DataTable", () => {
  test("headers, cells per column, row and cell attributes", () => {
    const rows = [
      { name: "Wang", visits: 12 },
      { name: "Li", visits: 3 },
    ];
    wrap(
      <DataTable
        label="Per rep"
        rows={rows}
        rowKey={(r) => r.name}
        rowAttrs={(r) => ({ "data-rep": r.name })}
        columns={[
          { key: "name", header: "Rep", cell: (r) => r.name },
          {
            key: "visits",
            header: "Visits",
            numeric: true,
            cell: (r) => r.visits * 2,
            attrs: (r) => ({ "data-over": r.visits > 10 ? "yes" : "no" }),
          },
        ]}
      />
    );
    const table = screen.getByRole("table", { name: "Per rep" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
    ).toEqual(["Rep", "Visits"]);
    const li = table.querySelector('[data-rep="Li"]')!;
    expect([...li.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["Li", "6"]);
    expect(table.querySelector('[data-rep="Wang"] [data-over]')!.getAttribute("data-over")).toBe(
      "yes"
    );
  });
});

describe("fields", () => {
  test("TextField reports the text and shows its error", () => {
    const onChange = jest.fn();
    wrap(<TextField label="Start" value="" error="Not a date" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText("Start"), { target: { value: "2025-11-03" } });
    expect(onChange).toHaveBeenCalledWith("2025-11-03");
    expect(screen.getByText("Not a date")).toBeInTheDocument();
  });

  test("TextField with lines is a text area", () => {
    wrap(<TextField label="Holidays" value="a" lines={3} onChange={() => {}} />);
    expect(screen.getByLabelText("Holidays").tagName).toBe("TEXTAREA");
  });

  test("SelectField lists its options in order and reports the choice", async () => {
    const onChange = jest.fn();
    wrap(
      <SelectField
        label="Map"
        value="amap"
        options={[
          { value: "amap", label: "Amap" },
          { value: "google", label: "Google" },
        ]}
        onChange={onChange}
      />
    );
    const select = screen.getByLabelText("Map");
    expect([...select.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Amap",
      "Google",
    ]);
    await userEvent.setup().selectOptions(select, "google");
    expect(onChange).toHaveBeenCalledWith("google");
  });

  test("ColorLegend: each label after its colour, then the extra entries", () => {
    const { container } = wrap(
      <ColorLegend
        items={[
          { label: "A", color: "rgb(1, 2, 3)" },
          { label: "B", color: "rgb(4, 5, 6)" },
        ]}
      >
        <span>line</span>
      </ColorLegend>
    );
    const swatches = [...container.querySelectorAll("span[style]")] as HTMLElement[];
    expect(swatches.map((e) => e.style.background)).toEqual(["rgb(1, 2, 3)", "rgb(4, 5, 6)"]);
    expect(container.textContent).toBe("ABline");
  });
});
