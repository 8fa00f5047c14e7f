import type { LanguageInfo } from "../types";

export const language: LanguageInfo = { name: "English", tag: "en-US", officeLanguages: ["en"] };
