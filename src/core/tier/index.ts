/** Customer tiering core (PRODUCT 2.1-2.3): rank and Pareto tiers, groups, concentration. */
export * from "./options";
export * from "./assign";
export * from "./concentration";
export * from "./headers";
export { rankThresholds, maxCountAbove } from "./rank";
export { paretoThresholds } from "./pareto";
export { selectInPlace } from "./select";
