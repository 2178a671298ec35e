/**
 * Splitting a one-line address ("4953 W Addison St, Chicago, IL 60641, USA") into its parts.
 *
 * @packageDocumentation
 */
import { countryCodeOf } from './country-code.js';

/** The parts of a one-line address; any may be missing. */
export interface AddressParts {
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

const REGION_AND_POSTAL = /^(.*?)\s*\b([A-Za-z]?\d[A-Za-z0-9 -]{2,9})$/;

/**
 * The parts of `text`, read from the end: a country when the last part names one, then a
 * "region postal-code" part, then the locality; whatever comes before is the street.
 */
export function parseFormattedAddress(text: string): AddressParts {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const result: AddressParts = {};
  const last = parts[parts.length - 1];
  const country = countryCodeOf(last);
  if (country !== undefined && parts.length > 1) {
    result.country = country;
    parts.pop();
  }
  const regionPart = parts[parts.length - 1];
  if (regionPart !== undefined && parts.length > 1) {
    const match = REGION_AND_POSTAL.exec(regionPart);
    if (match !== null) {
      if (match[1] !== '') result.region = match[1];
      result.postalCode = match[2];
      parts.pop();
    } else if (parts.length > 2 || regionPart.length <= 3) {
      result.region = regionPart;
      parts.pop();
    }
  }
  const locality = parts.pop();
  if (locality !== undefined) result.locality = locality;
  if (parts.length > 0) result.street = parts.join(', ');
  return result;
}
