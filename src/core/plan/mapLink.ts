/**
 * Map links a rep taps on a phone to navigate to a stop (issue 13 part 2), and the coordinate
 * systems they assume:
 * - Amap (高德) links carry GCJ-02 (`coordinate=gaode`), the system every map of mainland China
 *   is required to use; a WGS-84 list is converted first.
 * - Google Maps links carry WGS-84 (Google's documented system); a GCJ-02 list is converted back.
 * Outside mainland China both systems coincide (GCJ-02 is WGS-84 there), so nothing moves.
 *
 * The WGS-84 -> GCJ-02 transform is the published "eviltransform" series (Krasovsky 1940
 * ellipsoid); GCJ-02 -> WGS-84 inverts it by fixed-point iteration to below a millimetre.
 */
import type { LatLng } from "./types";

/** Coordinate system of a list's latitude/longitude. */
export type CoordSystem = "wgs84" | "gcj02";
/** Which app a link opens. */
export type MapProvider = "amap" | "google";

/** The system a provider's links expect. */
export const LINK_SYSTEM: Readonly<Record<MapProvider, CoordSystem>> = {
  amap: "gcj02",
  google: "wgs84",
};

const A = 6378245.0; // Krasovsky 1940 semi-major axis, as GCJ-02 defines it
const EE = 0.006693421622965943; // its first eccentricity squared (as published, to double precision)

/** Rough mainland-China box used by GCJ-02: outside it the transform is the identity. */
function outOfChina(lat: number, lng: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function dLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function dLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/**
 * WGS-84 (GPS) to GCJ-02 (Chinese maps).
 *
 * @example wgs84ToGcj02({ lat: 39.915, lng: 116.404 }) // ≈ { lat: 39.916404, lng: 116.410244 }
 */
export function wgs84ToGcj02(p: LatLng): LatLng {
  if (outOfChina(p.lat, p.lng)) return { lat: p.lat, lng: p.lng };
  const rad = (p.lat / 180) * Math.PI;
  let magic = Math.sin(rad);
  magic = 1 - EE * magic * magic;
  const sq = Math.sqrt(magic);
  const la = (dLat(p.lng - 105, p.lat - 35) * 180) / (((A * (1 - EE)) / (magic * sq)) * Math.PI);
  const ln = (dLng(p.lng - 105, p.lat - 35) * 180) / ((A / sq) * Math.cos(rad) * Math.PI);
  return { lat: p.lat + la, lng: p.lng + ln };
}

/**
 * GCJ-02 to WGS-84: the WGS-84 point whose GCJ-02 image is `p` (iterated to 1e-9 degrees,
 * about 0.1 mm; the transform's offset varies slowly, so a few steps suffice).
 */
export function gcj02ToWgs84(p: LatLng): LatLng {
  if (outOfChina(p.lat, p.lng)) return { lat: p.lat, lng: p.lng };
  let lat = p.lat;
  let lng = p.lng;
  // Bounded fixed-point iteration: converges in ~5 steps; 30 is a hard stop.
  for (let k = 0; k < 30; k++) {
    const g = wgs84ToGcj02({ lat, lng });
    const eLat = g.lat - p.lat;
    const eLng = g.lng - p.lng;
    lat -= eLat;
    lng -= eLng;
    if (Math.abs(eLat) < 1e-9 && Math.abs(eLng) < 1e-9) break;
  }
  return { lat, lng };
}

/** A position moved from the list's system to another. */
export function convertCoords(p: LatLng, from: CoordSystem, to: CoordSystem): LatLng {
  if (from === to) return { lat: p.lat, lng: p.lng };
  return from === "wgs84" ? wgs84ToGcj02(p) : gcj02ToWgs84(p);
}

const fixed = (v: number): string => String(Math.round(v * 1e6) / 1e6);

/**
 * A navigation link to a stop that opens the map app on a phone (the web page elsewhere).
 *
 * @param p The stop's position as the list holds it.
 * @param name The stop's name (shown as the destination by Amap; Google shows the position).
 * @param provider "amap" or "google".
 * @param listSystem The coordinate system of the list's positions.
 * @returns The URL (under 255 characters, so it fits an Excel HYPERLINK formula: the name is
 * left out when it would make the link longer).
 * @example mapLink({ lat: 31.2304, lng: 121.4737 }, "Shop", "google", "wgs84")
 * // "https://www.google.com/maps/dir/?api=1&destination=31.2304%2C121.4737&travelmode=driving"
 */
export function mapLink(
  p: LatLng,
  name: string,
  provider: MapProvider,
  listSystem: CoordSystem
): string {
  const q = convertCoords(p, listSystem, LINK_SYSTEM[provider]);
  if (provider === "google") {
    return `https://www.google.com/maps/dir/?api=1&destination=${fixed(q.lat)}%2C${fixed(q.lng)}&travelmode=driving`;
  }
  // uri.amap.com/navigation: to=lng,lat,name; coordinate=gaode says GCJ-02; callnative=1 opens the app.
  const base = (to: string): string =>
    `https://uri.amap.com/navigation?to=${to}&mode=car&coordinate=gaode&callnative=1`;
  const withName = base(
    `${fixed(q.lng)},${fixed(q.lat)},${encodeURIComponent(name.replace(/,/g, " "))}`
  );
  return withName.length <= 255 ? withName : base(`${fixed(q.lng)},${fixed(q.lat)}`);
}
