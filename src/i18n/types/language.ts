/** Shape of what a catalogue says about its own language. */

export interface LanguageInfo {
  /** The language's own name, as the pane's language switch lists it ("English", "中文"). */
  name: string;
  /** BCP-47 tag for number and date formats and the pane's `lang` ("en-US", "zh-CN"). */
  tag: string;
  /** Primary language subtags of Office display languages that open the pane in it (["zh"]). */
  officeLanguages: readonly string[];
}
