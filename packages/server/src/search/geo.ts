/**
 * Great-circle distances and a latitude/longitude grid for radius searches.
 *
 * @packageDocumentation
 */

/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres between two points (haversine). */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLng = (lng2 - lng1) * RADIANS;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The point on the unit sphere of a latitude and longitude, as `[x, y, z]`. */
export function unitVector(lat: number, lng: number): [number, number, number] {
  const phi = lat * RADIANS;
  const lambda = lng * RADIANS;
  const cosPhi = Math.cos(phi);
  return [cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)];
}

/** The straight-line (chord) distance on the unit sphere of a great-circle distance in km. */
export function chordOfKm(km: number): number {
  return 2 * Math.sin(Math.min(Math.PI, km / EARTH_RADIUS_KM) / 2);
}

/** The great-circle distance in km of a chord on the unit sphere; inverse of {@link chordOfKm}. */
export function kmOfChord(chord: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
}

/** Size of one grid cell, in degrees of latitude and longitude. */
const CELL_DEGREES = 0.25;
const LAT_CELLS = Math.ceil(180 / CELL_DEGREES);
const LNG_CELLS = Math.ceil(360 / CELL_DEGREES);

function latCell(lat: number): number {
  return Math.min(LAT_CELLS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEGREES)));
}

function lngCell(lng: number): number {
  const wrapped = (((lng + 180) % 360) + 360) % 360;
  return Math.min(LNG_CELLS - 1, Math.floor(wrapped / CELL_DEGREES));
}

/** The grid cell of a point, as one number; neighbouring cells in a row have consecutive keys. */
export function gridCellKey(lat: number, lng: number): number {
  return latCell(lat) * LNG_CELLS + lngCell(lng);
}

/**
 * A fixed grid of quarter-degree cells holding items. A radius query visits only the
 * cells its bounding box touches, wrapping across the antimeridian and widening to every
 * longitude near the poles.
 */
export class GeoGrid<T> {
  readonly #cells = new Map<number, T[]>();

  /** Files `item` under the cell of the point. */
  add(item: T, lat: number, lng: number): void {
    const key = gridCellKey(lat, lng);
    const members = this.#cells.get(key);
    if (members === undefined) this.#cells.set(key, [item]);
    else members.push(item);
  }

  /** Removes `item` from the cell of the point it was added with. */
  remove(item: T, lat: number, lng: number): void {
    const key = gridCellKey(lat, lng);
    const members = this.#cells.get(key);
    if (members === undefined) return;
    const at = members.indexOf(item);
    if (at === -1) return;
    members[at] = members[members.length - 1] as T;
    members.pop();
    if (members.length === 0) this.#cells.delete(key);
  }

  /**
   * Calls `visit` with every item whose cell may hold points within `radiusKm` of the centre.
   * Callers check the exact distance themselves.
   */
  visitNear(lat: number, lng: number, radiusKm: number, visit: (item: T) => void): void {
    const latSpan = radiusKm / (EARTH_RADIUS_KM * RADIANS);
    const south = lat - latSpan;
    const north = lat + latSpan;
    const firstLat = latCell(south);
    const lastLat = latCell(north);
    const widestCos = Math.min(Math.cos(Math.max(Math.abs(south), Math.abs(north)) * RADIANS), 1);
    const lngSpan = north >= 90 || south <= -90 || widestCos <= 1e-9 ? 180 : latSpan / widestCos;
    const lngCount =
      lngSpan >= 180
        ? LNG_CELLS
        : Math.min(LNG_CELLS, Math.floor((2 * lngSpan) / CELL_DEGREES) + 2);
    const firstLng = lngSpan >= 180 ? 0 : lngCell(lng - lngSpan);
    for (let row = firstLat; row <= lastLat; row += 1) {
      for (let step = 0; step < lngCount; step += 1) {
        const column = (firstLng + step) % LNG_CELLS;
        const members = this.#cells.get(row * LNG_CELLS + column);
        if (members === undefined) continue;
        for (const item of members) visit(item);
      }
    }
  }
}
