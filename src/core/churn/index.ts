/** Churn watch core (PRODUCT 2.10): standard reasons, lapsed and declining customers, the win-back rule. */
export * from "./reasons";
export * from "./lapsed";
export * from "./winBack";
export * from "./declining";
