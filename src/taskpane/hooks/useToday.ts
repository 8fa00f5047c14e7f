import * as React from "react";
import { localToday } from "../../app/today";

/**
 * The pane's "today" (yyyy-mm-dd), read once when the tab opens so its defaults and checks do
 * not move under the user while it is open.
 * @param fixed A given day (tests), used instead of the computer's date.
 */
export function useToday(fixed?: string): string {
  const [today] = React.useState(localToday);
  return fixed ?? today;
}
