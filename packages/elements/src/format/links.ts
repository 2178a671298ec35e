import { type Coordinates, isSafeLink } from '@peer-groups/core';

/**
 * `url` when it is a link a patient may safely follow (http, https, tel, mailto), else
 * `undefined`. The SDK already validates listings; this keeps data handed straight to an
 * element from ever producing a `javascript:` link.
 */
export function safeHref(url: string | undefined): string | undefined {
  return url !== undefined && isSafeLink(url) ? url : undefined;
}

/** A `tel:` link for a phone number as people write it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * A link that opens the patient's own map app with directions to `point`: Apple Maps on Apple
 * devices, the Android map chooser (`geo:`) on Android, OpenStreetMap elsewhere. Nothing is
 * fetched until the patient follows it.
 */
export function directionsHref(point: Coordinates, userAgent = navigator.userAgent): string {
  const where = `${point.lat},${point.lng}`;
  if (/iPhone|iPad|Macintosh/.test(userAgent)) return `https://maps.apple.com/?daddr=${where}`;
  if (/Android/.test(userAgent)) return `geo:${where}?q=${where}`;
  return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(where)}`;
}

/** The `.ics` address of a group on the directory at `api`. */
export function calendarHref(api: string, groupId: string): string {
  return `${api.replace(/\/+$/, '')}/v1/groups/${encodeURIComponent(groupId)}/calendar.ics`;
}
