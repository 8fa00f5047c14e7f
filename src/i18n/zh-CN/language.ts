import type { LanguageInfo } from "../types";

export const language: LanguageInfo = { name: "中文", tag: "zh-CN", officeLanguages: ["zh"] };
