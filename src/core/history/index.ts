/** Order-history models (PRODUCT 2.11): RFM summary, BG/NBD, Gamma-Gamma and CLV from history. */
export * from "./special";
export * from "./optimize";
export * from "./rfm";
export * from "./bgnbd";
export * from "./gammagamma";
export * from "./clvhist";
export * from "./simulate";
