import type { Address } from '@peer-groups/core';

/**
 * How a country writes the lines of an address below the street: `L` is the locality, `R` the
 * region, `P` the postal code, `/` starts a new line, and the text between two parts separates
 * them when both are there. The countries of the sample data and of the import formats.
 */
const LAYOUTS: Readonly<Record<string, string>> = {
  US: 'L, R P',
  CA: 'L, R P',
  AU: 'L R P',
  GB: 'L/R/P',
  IE: 'L/R/P',
  NZ: 'L P/R',
  MX: 'P L, R',
};

/** Most other countries, Spain, Germany, France and Sweden among them: "28013 Madrid". */
const POSTAL_CODE_FIRST = 'P L/R';

const PARTS = { L: 'locality', R: 'region', P: 'postalCode' } as const;

/**
 * The lines of `address` as its country writes them: the street, then the locality, region and
 * postal code in that country's order ("Cambridge, MA 02141" in the US, "28013 Madrid" in Spain).
 */
export function addressLines(address: Address): string[] {
  const lines = (LAYOUTS[address.country] ?? POSTAL_CODE_FIRST).split('/').map((layout) => {
    // Split on the part letters, kept: separators at even indexes, parts at odd ones.
    const pieces = layout.split(/([LRP])/);
    let line = '';
    for (let index = 1; index < pieces.length; index += 2) {
      const value = address[PARTS[pieces[index] as keyof typeof PARTS]];
      if (value) line += (line && pieces[index - 1]) + value;
    }
    return line;
  });
  return [address.street ?? '', ...lines].filter((line) => line !== '');
}
