/**
 * Combined coordinates in one cell ("31.2304,121.4737", as many CRM exports and map pickers
 * write them): the one parser, used by column guessing and the visit planner.
 */

const PAIR = /^\s*\(?\s*([+-]?\d+(?:\.\d+)?)\s*[,，;；\s]\s*([+-]?\d+(?:\.\d+)?)\s*\)?\s*$/;

/**
 * Latitude and longitude from a "lat,lng" text (comma, Chinese comma, semicolon or space
 * between; optional parentheses).
 *
 * @param v The cell.
 * @returns `[lat, lng]`, or null when the cell is not such a pair or a value is out of range
 *   (latitude in [-90, 90], longitude in [-180, 180]).
 * @example parseLatLng("31.2304, 121.4737") // [31.2304, 121.4737]
 * @example parseLatLng("121.47,31.23") // null: 121.47 is not a latitude
 */
export function parseLatLng(v: unknown): [number, number] | null {
  if (typeof v !== "string") return null;
  const m = PAIR.exec(v);
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return null;
  return [lat, lng];
}
