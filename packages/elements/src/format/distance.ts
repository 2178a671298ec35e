/** Regions whose people read road distances in miles. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

const KM_PER_MILE = 1.609344;

/** Whether people of `locale` read distances in miles (`en-US`, `en-GB`, plain `en`). */
export function usesMiles(locale: string): boolean {
  const region = new Intl.Locale(locale).maximize().region;
  return region !== undefined && MILE_REGIONS.has(region);
}

/**
 * A distance given in kilometres, in the unit of `locale`: "1.2 mi" for `en-US`, "2 km" for
 * `es`. One decimal under 10, whole numbers beyond.
 */
export function formatDistance(km: number, locale: string): string {
  const miles = usesMiles(locale);
  const value = miles ? km / KM_PER_MILE : km;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: miles ? 'mile' : 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
