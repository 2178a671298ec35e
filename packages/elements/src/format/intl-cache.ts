/**
 * `Intl` formatters, built once per locale and options: building one costs far more than using
 * it, and a page of results formats hundreds of values.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DisplayNames | Intl.DateTimeFormat>();

function cached<Format extends Intl.NumberFormat | Intl.DisplayNames | Intl.DateTimeFormat>(
  key: string,
  build: () => Format,
): Format {
  let format = cache.get(key) as Format | undefined;
  if (format === undefined) {
    format = build();
    cache.set(key, format);
  }
  return format;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(
    `n${locale}${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

/** A cached `Intl.DisplayNames` of languages. */
export function languageNames(locale: string): Intl.DisplayNames {
  return cached(`l${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' }));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    `d${locale}${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}
