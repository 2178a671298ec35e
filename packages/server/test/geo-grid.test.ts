import { describe, expect, it } from 'vitest';
import { distanceKm, GeoGrid, gridCellKey } from '../src/search/geo.js';

/** One item at the centre of every quarter-degree cell within `span` degrees of a point. */
function filledGrid(lat: number, lng: number, span: number) {
  const grid = new GeoGrid<{ lat: number; lng: number }>();
  const points: { lat: number; lng: number }[] = [];
  for (let dLat = -span; dLat < span; dLat += 0.25) {
    for (let dLng = -span; dLng < span; dLng += 0.25) {
      const point = { lat: lat + dLat + 0.125, lng: ((lng + dLng + 0.125 + 540) % 360) - 180 };
      points.push(point);
      grid.add(point, point.lat, point.lng);
    }
  }
  return { grid, points };
}

/** The items a radius query offers, and from how many cells they come. */
function visited(
  grid: GeoGrid<{ lat: number; lng: number }>,
  lat: number,
  lng: number,
  km: number,
) {
  const items: { lat: number; lng: number }[] = [];
  grid.visitNear(lat, lng, km, (item) => items.push(item));
  return { items, cells: new Set(items.map((item) => gridCellKey(item.lat, item.lng))).size };
}

describe('GeoGrid.visitNear', () => {
  it('visits only the few cells around the point for a small radius', () => {
    // 32 x 32 cells around Boston, one item each.
    const { grid, points } = filledGrid(42.36, -71.06, 4);
    expect(points).toHaveLength(1024);
    const small = visited(grid, 42.36, -71.06, 1);
    // A 1 km box touches at most 2 x 2 cells (plus one spare column for rounding).
    expect(small.items.length).toBeGreaterThanOrEqual(1);
    expect(small.items.length).toBeLessThanOrEqual(6);
    const town = visited(grid, 42.36, -71.06, 25);
    // 25 km is about 0.22 degrees of latitude and 0.3 of longitude here: 3 rows of 4 or 5 cells.
    expect(town.items.length).toBeLessThanOrEqual(20);
    expect(town.cells).toBe(town.items.length);
  });

  it('never misses an item inside the radius', () => {
    const { grid, points } = filledGrid(42.36, -71.06, 4);
    for (const km of [1, 10, 25, 60, 150]) {
      const offered = new Set(visited(grid, 42.5, -71.2, km).items);
      for (const point of points) {
        if (distanceKm(42.5, -71.2, point.lat, point.lng) <= km)
          expect(offered.has(point)).toBe(true);
      }
    }
  });

  it('wraps across the antimeridian without visiting the rest of the world', () => {
    const { grid, points } = filledGrid(-17.7, 179.9, 2);
    const near = visited(grid, -17.7, 179.95, 40);
    expect(near.items.length).toBeLessThanOrEqual(20);
    const across = near.items.filter((item) => item.lng < 0);
    expect(across.length).toBeGreaterThan(0);
    for (const point of points) {
      if (distanceKm(-17.7, 179.95, point.lat, point.lng) <= 40) {
        expect(near.items).toContain(point);
      }
    }
  });
});
