/** Positions: validation, the combined "lat,lng" cell, haversine distance, a local km projection. */
import type { LatLng } from "./types";

/** Mean Earth radius in km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Whether a latitude/longitude pair is a usable position: finite, in range, and not the pair
 * (0, 0), which in customer lists means "blank cells read as zero", not the Gulf of Guinea.
 *
 * @param lat Latitude in degrees.
 * @param lng Longitude in degrees.
 * @returns True when usable.
 * @example isValidLatLng(31.23, 121.47) // true
 */
export function isValidLatLng(lat: unknown, lng: unknown): lat is number {
  return (
    typeof lat === "number" &&
    typeof lng === "number" &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180 &&
    !(lat === 0 && lng === 0)
  );
}

/**
 * Parses a combined position cell such as `"31.23,121.47"`, `"31.23, 121.47"`,
 * `"(31.23 121.47)"`, `"31.23；121.47"` or with a Chinese comma `"31.23，121.47"`
 * (latitude first, as map apps copy it).
 *
 * @param text The cell text.
 * @returns The position, or `undefined` when the text is not two numbers forming a valid position.
 * @example parseLatLng("31.23,121.47") // { lat: 31.23, lng: 121.47 }
 */
export function parseLatLng(text: unknown): LatLng | undefined {
  if (typeof text !== "string") return undefined;
  const parts = text
    .trim()
    .replace(/^[([{]\s*|\s*[)\]}]$/g, "")
    .split(/\s*[,，;；]\s*|\s+/)
    .filter((p) => p !== "");
  if (parts.length !== 2) return undefined;
  if (!parts.every((p) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(p))) return undefined;
  const lat = Number(parts[0]);
  const lng = Number(parts[1]);
  return isValidLatLng(lat, lng) ? { lat, lng } : undefined;
}

/**
 * Great-circle distance by the haversine formula.
 *
 * @param lat1 Latitude of the first point, degrees.
 * @param lng1 Longitude of the first point.
 * @param lat2 Latitude of the second point.
 * @param lng2 Longitude of the second point.
 * @returns Distance in km.
 * @example haversineKm(0, 0, 0, 1) // 111.195...
 */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * Row-major matrix of haversine distances between points.
 *
 * @param lat Latitudes.
 * @param lng Longitudes.
 * @returns n x n km, symmetric, zero diagonal. Cost O(n^2).
 * @example distanceMatrix([0, 0], [0, 1])[1] // 111.195...
 */
export function distanceMatrix(lat: ArrayLike<number>, lng: ArrayLike<number>): Float64Array {
  const n = lat.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = haversineKm(lat[i], lng[i], lat[j], lng[j]);
      m[i * n + j] = d;
      m[j * n + i] = d;
    }
  }
  return m;
}

/**
 * Equirectangular projection to km around a reference point: accurate to well under 1% across
 * a city, which is all clustering needs (routes use haversine).
 *
 * @param lat Latitude, degrees.
 * @param lng Longitude, degrees.
 * @param lat0 Reference latitude.
 * @param lng0 Reference longitude.
 * @returns [x east km, y north km].
 * @example projectKm(31, 121.01, 31, 121)[0] // ~0.954
 */
export function projectKm(lat: number, lng: number, lat0: number, lng0: number): [number, number] {
  return [
    (lng - lng0) * RAD * EARTH_RADIUS_KM * Math.cos(lat0 * RAD),
    (lat - lat0) * RAD * EARTH_RADIUS_KM,
  ];
}

/**
 * Distance (km, projected) from each located point to its nearest located fellow; Infinity if
 * alone. A sweep along x: points sorted by x, each scans outwards only while the x gap alone is
 * below its best distance, so a rep's 2,500 customers cost about n log n instead of the n^2 / 2
 * pairs of the all-pairs loop this replaced (9 s of `crm plan` on 100,000 rows). Same values:
 * each distance is the same Math.hypot of the same (sign-flipped) differences.
 */
export function nearestKm(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  has: ArrayLike<number>
): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(Infinity);
  const pts: number[] = [];
  for (let a = 0; a < n; a++) if (has[a]) pts.push(a);
  pts.sort((a, b) => x[a] - x[b] || a - b);
  const m = pts.length;
  // The margin keeps a pair whose rounded distance could tie the x gap: never prunes a closer one.
  const DIRECTIONS = [1, -1];
  const beyond = (gap: number, best: number): boolean => gap > best * (1 + 1e-12);
  for (let p = 0; p < m; p++) {
    const a = pts[p];
    const xa = x[a];
    const ya = y[a];
    let best = Infinity;
    // Math.hypot only where it could give a new best: a squared distance above best^2 by more
    // than hypot's and the square's rounding (a few ulps; 1e-9 here) cannot. Below 1e-150 the
    // squares may lose precision (subnormals), so there every pair gets its hypot.
    let skipAbove = Infinity;
    // Outward from a in the x order: rightwards, then leftwards, each until the x gap alone is
    // too long.
    for (const dir of DIRECTIONS) {
      for (let q = p + dir; q >= 0 && q < m; q += dir) {
        const b = pts[q];
        const dx = xa - x[b];
        if (beyond(-dir * dx, best)) break;
        const dy = ya - y[b];
        if (dx * dx + dy * dy > skipAbove) continue;
        const d = Math.hypot(dx, dy);
        if (d < best) {
          best = d;
          skipAbove = d > 1e-150 ? d * d * (1 + 1e-9) : Infinity;
        }
      }
    }
    out[a] = best;
  }
  return out;
}
