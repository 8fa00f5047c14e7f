/**
 * The confidence cue of a chosen column (issue 11: "the chosen columns with a confidence cue"):
 * what the pane shows next to each column dropdown, from where the choice came from
 * (`RoleSources` of job.ts) and whether the role must be asked for.
 */
import type { ColumnCueKind } from "../core/roles";
import type { RoleSource } from "./job";

/** A cue to show: its kind and, for a header match, the header matched. */
export interface ColumnCue {
  kind: ColumnCueKind;
  /** The header text the column was recognised by ("header" only). */
  header?: string;
}

/**
 * The cue of one role's column.
 *
 * @param header The list's header texts.
 * @param col The chosen column (0-based within the list); undefined: none chosen.
 * @param source Where the choice came from (`JobList.sources[role]`).
 * @param ask Whether the user must choose a column for the role when there is none (a required
 *   role, or one whose guess found several credible columns: `roleCue` "ask").
 * @returns The cue, or undefined when there is nothing to say (an optional role left empty, or
 *   a choice of unknown origin).
 * @example columnCue(["Customer", "Sales"], 1, "header", true) // { kind: "header", header: "Sales" }
 * @example columnCue(["Customer", "Phone"], undefined, undefined, true) // { kind: "ask" }
 */
export function columnCue(
  header: readonly string[],
  col: number | undefined,
  source: RoleSource | undefined,
  ask: boolean
): ColumnCue | undefined {
  if (col === undefined) return ask ? { kind: "ask" } : undefined;
  if (source === undefined) return undefined;
  // A header match on a blank header cannot be: say it was found from the contents.
  if (source === "header")
    return header[col]?.trim()
      ? { kind: "header", header: header[col].trim() }
      : { kind: "content" };
  return { kind: source };
}
