import * as React from "react";
import { COMPLIANCE_COUNTS } from "../../app/compliance";
import type { ComplianceReport, RepCompliance } from "../../core/visits";
import type { ComplianceUiText } from "../../i18n/types";
import { DataTable, type DataColumn } from "./DataTable";

export interface ComplianceTableProps {
  ct: ComplianceUiText;
  report: ComplianceReport;
}

/** A rate as the pane shows it ("66.7%"); "-" when nothing was due. */
const pct = (v: number | null) => (v === null ? "-" : `${(Math.round(v * 1000) / 10).toFixed(1)}%`);

/** The visit log's compliance per rep and in total: the sheet's figures, in the sheet's order. */
export function ComplianceTable({ ct, report }: ComplianceTableProps): React.JSX.Element {
  const columns: DataColumn<RepCompliance>[] = [
    { key: "rep", header: ct.table.rep, cell: (r) => r.rep },
    ...COMPLIANCE_COUNTS.map((k): DataColumn<RepCompliance> => ({
      key: k,
      header: ct.table[k],
      numeric: true,
      cell: (r) => (k === "compliance" ? pct(r.compliance) : r[k]),
    })),
  ];
  return (
    <div style={{ overflowX: "auto" }}>
      <DataTable
        label={ct.title}
        columns={columns}
        rows={[...report.reps, { rep: ct.table.total, ...report.total }]}
        rowKey={(r) => r.rep}
        data-testid="compliance-table"
      />
    </div>
  );
}
