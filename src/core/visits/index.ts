/**
 * Plan against actual (issue 13 part 3): reading a visit log, matching it to customers and reps,
 * and the compliance figures. Pure: the command line and the pane feed it cells.
 */
export * from "./names";
export * from "./log";
export * from "./match";
export * from "./compliance";
