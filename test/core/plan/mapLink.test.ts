/**
 * Map links and coordinate systems (issue 13 part 2), against reference points and against an
 * independent implementation (the npm package gcoord, a devDependency used only here).
 */
import gcoord from "gcoord";
import { convertCoords, gcj02ToWgs84, mapLink, wgs84ToGcj02 } from "../../../src/core/plan/mapLink";
import fc from "fast-check";

describe("WGS-84 <-> GCJ-02", () => {
  test("published reference point (Beijing, Tiananmen area)", () => {
    // The widely quoted pair of the coordtransform/eviltransform projects:
    // WGS-84 (39.915, 116.404) -> GCJ-02 (39.91640428150164, 116.41024449916938).
    const g = wgs84ToGcj02({ lat: 39.915, lng: 116.404 });
    expect(g.lat).toBeCloseTo(39.91640428150164, 9);
    expect(g.lng).toBeCloseTo(116.41024449916938, 9);
    const w = gcj02ToWgs84(g);
    expect(w.lat).toBeCloseTo(39.915, 8);
    expect(w.lng).toBeCloseTo(116.404, 8);
  });

  test("the offset in Shanghai is a few hundred metres; outside China nothing moves", () => {
    const g = wgs84ToGcj02({ lat: 31.2304, lng: 121.4737 });
    const dLat = (g.lat - 31.2304) * 111_195;
    const dLng = (g.lng - 121.4737) * 111_195 * Math.cos((31.23 * Math.PI) / 180);
    expect(Math.hypot(dLat, dLng)).toBeGreaterThan(300);
    expect(Math.hypot(dLat, dLng)).toBeLessThan(700);
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
    expect(convertCoords({ lat: 31, lng: 121 }, "gcj02", "gcj02")).toEqual({ lat: 31, lng: 121 });
  });

  test("agrees with gcoord across mainland China, both ways", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 18.5, max: 45, noNaN: true }),
        fc.double({ min: 98, max: 125, noNaN: true }),
        (lat, lng) => {
          const [gLng, gLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as number[];
          const mine = wgs84ToGcj02({ lat, lng });
          expect(mine.lat).toBeCloseTo(gLat, 8);
          expect(mine.lng).toBeCloseTo(gLng, 8);
          const [wLng, wLat] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as number[];
          const back = gcj02ToWgs84({ lat, lng });
          // gcoord's inverse is iterative too, to a looser tolerance: agree within ~1 m.
          expect(Math.abs(back.lat - wLat)).toBeLessThan(1e-5);
          expect(Math.abs(back.lng - wLng)).toBeLessThan(1e-5);
          const round = wgs84ToGcj02(back);
          expect(round.lat).toBeCloseTo(lat, 8);
          expect(round.lng).toBeCloseTo(lng, 8);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("links", () => {
  test("Google: WGS-84 as given, a GCJ-02 list converted back", () => {
    expect(mapLink({ lat: 31.2304, lng: 121.4737 }, "Shop", "google", "wgs84")).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=31.2304%2C121.4737&travelmode=driving"
    );
    const w = gcj02ToWgs84({ lat: 31.2304, lng: 121.4737 });
    const url = new URL(mapLink({ lat: 31.2304, lng: 121.4737 }, "Shop", "google", "gcj02"));
    const [lat, lng] = url.searchParams.get("destination")!.split(",").map(Number);
    expect(lat).toBeCloseTo(w.lat, 6);
    expect(lng).toBeCloseTo(w.lng, 6);
  });

  test("Amap: GCJ-02 (coordinate=gaode), lng first, name encoded; a WGS-84 list converted", () => {
    const url = new URL(mapLink({ lat: 39.915, lng: 116.404 }, "王府井店, 北门", "amap", "wgs84"));
    expect(url.host).toBe("uri.amap.com");
    expect(url.searchParams.get("coordinate")).toBe("gaode");
    const [lng, lat, name] = url.searchParams.get("to")!.split(",");
    expect(Number(lat)).toBeCloseTo(39.916404, 6);
    expect(Number(lng)).toBeCloseTo(116.410244, 6);
    expect(name).toBe("王府井店  北门");
    const asIs = new URL(mapLink({ lat: 39.915, lng: 116.404 }, "x", "amap", "gcj02"));
    expect(asIs.searchParams.get("to")).toBe("116.404,39.915,x");
  });

  test("a long name is left out so the link fits an Excel HYPERLINK (255 characters)", () => {
    const url = mapLink({ lat: 31, lng: 121 }, "店".repeat(100), "amap", "gcj02");
    expect(url.length).toBeLessThanOrEqual(255);
    expect(new URL(url).searchParams.get("to")).toBe("121,31");
  });
});
