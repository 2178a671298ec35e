import { expect } from '@open-wc/testing';
import { addressLines } from '../src/format/address.js';
import { formatDistance, usesMiles } from '../src/format/distance.js';
import { calendarHref, directionsHref, safeHref, telHref } from '../src/format/links.js';
import { classifyError } from '../src/state/classify-error.js';

describe('distances', () => {
  it('uses miles where people read them', () => {
    expect(usesMiles('en-US')).to.equal(true);
    expect(usesMiles('en-GB')).to.equal(true);
    expect(usesMiles('en')).to.equal(true);
    expect(usesMiles('es')).to.equal(false);
    expect(usesMiles('es-US')).to.equal(true);
    expect(usesMiles('en-CA')).to.equal(false);
  });

  it('keeps one decimal under ten and whole numbers beyond', () => {
    expect(formatDistance(1.2, 'es')).to.equal('1,2 km');
    expect(formatDistance(42.4, 'es')).to.equal('42 km');
    expect(formatDistance(16.09344, 'en-US')).to.equal('10 mi');
  });
});

describe('addresses', () => {
  const street = '1 Main St';

  it('writes the locality, region and postal code in the order of the country', () => {
    const lines = (country: string, locality: string, region: string, postalCode: string) =>
      addressLines({ street, locality, region, postalCode, country });
    expect(lines('US', 'Cambridge', 'MA', '02141')).to.deep.equal([street, 'Cambridge, MA 02141']);
    expect(lines('CA', 'Toronto', 'ON', 'M5V 2T6')).to.deep.equal([street, 'Toronto, ON M5V 2T6']);
    expect(lines('AU', 'Sydney', 'NSW', '2000')).to.deep.equal([street, 'Sydney NSW 2000']);
    expect(lines('GB', 'Leeds', 'West Yorkshire', 'LS1 4AP')).to.deep.equal([
      street,
      'Leeds',
      'West Yorkshire',
      'LS1 4AP',
    ]);
    expect(lines('NZ', 'Auckland', 'Auckland', '1010')).to.deep.equal([
      street,
      'Auckland 1010',
      'Auckland',
    ]);
    expect(lines('MX', 'Cuauhtémoc', 'CDMX', '06700')).to.deep.equal([
      street,
      '06700 Cuauhtémoc, CDMX',
    ]);
    expect(lines('ES', 'Madrid', 'Comunidad de Madrid', '28013')).to.deep.equal([
      street,
      '28013 Madrid',
      'Comunidad de Madrid',
    ]);
  });

  it('puts the postal code first where the country is not listed, as most of Europe does', () => {
    expect(addressLines({ locality: 'Berlin', postalCode: '10115', country: 'DE' })).to.deep.equal([
      '10115 Berlin',
    ]);
    expect(
      addressLines({ locality: 'Osaka', postalCode: '530-0001', country: 'JP' }),
    ).to.deep.equal(['530-0001 Osaka']);
  });

  it('leaves out what the listing does not give, with its separator', () => {
    expect(
      addressLines({ locality: 'Cambridge', postalCode: '02141', country: 'US' }),
    ).to.deep.equal(['Cambridge 02141']);
    expect(
      addressLines({ street, locality: 'Cambridge', region: 'MA', country: 'US' }),
    ).to.deep.equal([street, 'Cambridge, MA']);
    expect(addressLines({ locality: 'Leeds', country: 'GB' })).to.deep.equal(['Leeds']);
  });
});

describe('links', () => {
  it('lets only http, https, tel and mailto through', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,x')).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });

  it('dials digits only', () => {
    expect(telHref('+1 (617) 555-0100')).to.equal('tel:+16175550100');
  });

  it('opens the map app of the patient device', () => {
    const point = { lat: 42.36, lng: -71.09 };
    expect(directionsHref(point, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)')).to.equal(
      'https://maps.apple.com/?daddr=42.36,-71.09',
    );
    expect(directionsHref(point, 'Mozilla/5.0 (Linux; Android 14)')).to.equal(
      'geo:42.36,-71.09?q=42.36,-71.09',
    );
    expect(directionsHref(point, 'Mozilla/5.0 (X11; Linux x86_64)')).to.equal(
      'https://www.openstreetmap.org/directions?to=42.36%2C-71.09',
    );
  });

  it('keeps a group id to one path segment of the calendar link', () => {
    expect(calendarHref('https://d.example/', 'a/../b')).to.equal(
      'https://d.example/v1/groups/a%2F..%2Fb/calendar.ics',
    );
  });
});

describe('classifyError', () => {
  const api = (status: number, extra: object = {}) =>
    Object.assign(new Error('x'), { status, ...extra });

  it('is offline whenever the browser is', () => {
    expect(classifyError(api(500), false)).to.deep.equal({ kind: 'offline' });
  });

  it('reads the SDK network and timeout errors as offline', () => {
    const network = Object.assign(new Error('x'), { name: 'NetworkError' });
    const timeout = Object.assign(new Error('x'), { name: 'TimeoutError' });
    expect(classifyError(network, true).kind).to.equal('offline');
    expect(classifyError(timeout, true).kind).to.equal('offline');
  });

  it('rounds the wait of a rate limit up to whole seconds, 30 when the server does not say', () => {
    expect(classifyError(api(429, { retryAfterMs: 4200 }), true)).to.deep.equal({
      kind: 'rateLimited',
      retryAfterSeconds: 5,
    });
    expect(classifyError(api(429), true).retryAfterSeconds).to.equal(30);
  });

  it('tells an unknown place from other bad requests', () => {
    const place = api(400, { problem: { invalidParams: [{ name: 'near' }] } });
    const other = api(400, { problem: { invalidParams: [{ name: 'limit' }] } });
    expect(classifyError(place, true).kind).to.equal('placeUnknown');
    expect(classifyError(other, true).kind).to.equal('failed');
  });

  it('says gone for 404 and 410, failed for the rest', () => {
    expect(classifyError(api(404), true).kind).to.equal('notFound');
    expect(classifyError(api(410), true).kind).to.equal('notFound');
    expect(classifyError(api(503), true).kind).to.equal('failed');
    expect(classifyError('nonsense', true).kind).to.equal('failed');
  });
});
