/**
 * Excel's own rules, each written once: what a cell holds (blank, number, money text, text), A1
 * addresses and column letters, serial dates and constants in formulas. Everything else imports them from here
 * (eslint.config.mjs refuses re-implementations elsewhere).
 */
export * from "./cell";
export * from "./number";
export * from "./a1";
export * from "./dates";
export * from "./formula";
