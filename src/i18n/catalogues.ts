/**
 * The languages the add-in ships in: one line per language in `CATALOGUES`, its id and its
 * catalogue folder (src/i18n/<language>/, one file per feature, typed by `Messages`). Everything
 * else (the `Locale` type, the language switch, `--lang`, Office's display language, the tests
 * over every language) follows from this table.
 */
import type { Messages } from "./types";
import { en } from "./en";
import { zhCN } from "./zh-CN";

/**
 * Catalogue by locale id. The ids are stored in users' saved settings and given on the command
 * line, so they stay as they are: "zh" is the zh-CN (Simplified Chinese) catalogue.
 */
export const CATALOGUES = Object.freeze({ en, zh: zhCN } satisfies Record<string, Messages>);
