import { numberFormat } from './intl-cache.js';

/** Regions whose people read road distances in miles. */
const milesByLocale = new Map<string, boolean>();

const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

const KM_PER_MILE = 1.609344;

/** Whether people of `locale` read distances in miles (`en-US`, `en-GB`, plain `en`). */
export function usesMiles(locale: string): boolean {
  let miles = milesByLocale.get(locale);
  if (miles === undefined) {
    const region = new Intl.Locale(locale).maximize().region;
    miles = region !== undefined && MILE_REGIONS.has(region);
    milesByLocale.set(locale, miles);
  }
  return miles;
}

/**
 * A distance given in kilometres, in the unit of `locale`: "1.2 mi" for `en-US`, "2 km" for
 * `es`. One decimal under 10, whole numbers beyond.
 */
export function formatDistance(km: number, locale: string): string {
  const miles = usesMiles(locale);
  const value = miles ? km / KM_PER_MILE : km;
  return numberFormat(locale, {
    style: 'unit',
    unit: miles ? 'mile' : 'kilometer',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
