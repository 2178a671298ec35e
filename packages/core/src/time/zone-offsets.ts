/**
 * The UTC offset of an IANA zone at any instant, read from the runtime's `Intl` data and cached.
 *
 * `Intl.DateTimeFormat#formatToParts` costs about 10 µs a call, far too slow to run several
 * times for each of thousands of search results. Offsets change only at a zone's transitions,
 * a few times a year, so each zone keeps the offsets it has seen at fixed bucket boundaries and
 * the exact transition instant inside any bucket whose two ends differ. After the first query
 * near an instant, every later one costs two map lookups.
 *
 * @packageDocumentation
 */
import { daysFromCivil, MS_PER_DAY } from './civil.js';
import { MAX_EPOCH_MS, UnknownTimeZoneError } from './errors.js';

/**
 * Width of a cache bucket. The cache assumes a zone changes its offset at most once inside a
 * bucket; tz data has never placed two transitions within six hours of each other.
 */
const BUCKET_MS = 6 * 3_600_000;

/**
 * Buckets remembered per zone before the cache starts over: about 13 years of six-hour buckets,
 * a few hundred kilobytes at most, so an unusual sweep over centuries cannot grow memory without
 * bound.
 */
const MAX_BUCKETS_PER_ZONE = 20_000;

/** The offsets of one zone, probed through `Intl` on demand and remembered. */
export class ZoneOffsets {
  private readonly formatter: Intl.DateTimeFormat;
  /** Offset in milliseconds at the start of each bucket, by bucket number. */
  private readonly boundaries = new Map<number, number>();
  /** First instant with the new offset, for buckets whose two ends differ. */
  private readonly transitions = new Map<number, number>();

  constructor(formatter: Intl.DateTimeFormat) {
    this.formatter = formatter;
  }

  /**
   * The last bucket answered, with its offsets and transition: queries come in runs around one
   * instant (a meeting's start and end, the days either side), and this spares them the maps.
   */
  private lastBucket = Number.NaN;
  private lastAtStart = 0;
  private lastAtEnd = 0;
  private lastTransition = Number.POSITIVE_INFINITY;

  /** The offset from UTC in milliseconds at `epochMs`. */
  offsetMsAt(epochMs: number): number {
    const bucket = Math.floor(epochMs / BUCKET_MS);
    if (bucket !== this.lastBucket) {
      const atStart = this.offsetAtBoundary(bucket);
      const atEnd = this.offsetAtBoundary(bucket + 1);
      this.lastTransition =
        atStart === atEnd ? Number.POSITIVE_INFINITY : this.transitionIn(bucket, atStart);
      this.lastBucket = bucket;
      this.lastAtStart = atStart;
      this.lastAtEnd = atEnd;
    }
    return epochMs < this.lastTransition ? this.lastAtStart : this.lastAtEnd;
  }

  private offsetAtBoundary(bucket: number): number {
    let offset = this.boundaries.get(bucket);
    if (offset === undefined) {
      if (this.boundaries.size >= MAX_BUCKETS_PER_ZONE) {
        this.boundaries.clear();
        this.transitions.clear();
      }
      offset = this.probe(bucket * BUCKET_MS);
      this.boundaries.set(bucket, offset);
    }
    return offset;
  }

  private transitionIn(bucket: number, offsetBefore: number): number {
    let transition = this.transitions.get(bucket);
    if (transition === undefined) {
      // Transitions fall on whole seconds, so a bisection down to one second finds the exact
      // instant in 15 probes, once per transition.
      let low = bucket * BUCKET_MS;
      let high = low + BUCKET_MS;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (this.probe(middle) === offsetBefore) low = middle;
        else high = middle;
      }
      transition = high;
      this.transitions.set(bucket, transition);
    }
    return transition;
  }

  /** Asks `Intl` for the offset at a whole-second instant. */
  private probe(epochMs: number): number {
    const instant = Math.max(-MAX_EPOCH_MS, Math.min(MAX_EPOCH_MS, epochMs));
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let beforeCommonEra = false;
    for (const part of this.formatter.formatToParts(instant)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          // Some engines print midnight as 24 even in the h23 cycle.
          hour = Number(part.value) % 24;
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        case 'era':
          beforeCommonEra = part.value === 'BC' || part.value === 'B';
          break;
      }
    }
    if (beforeCommonEra) year = 1 - year;
    const wallAsUtc =
      daysFromCivil({ year, month, day }) * MS_PER_DAY +
      hour * 3_600_000 +
      minute * 60_000 +
      second * 1000;
    return wallAsUtc - instant;
  }
}

/**
 * Zones remembered before the cache starts over. tz data names about 600 zones; the bound only
 * matters if callers feed endless spellings of them (zone names are case-insensitive).
 */
const MAX_ZONES = 1000;

const zones = new Map<string, ZoneOffsets>();

/**
 * The offset cache of `timeZone`, created on first use.
 *
 * @throws {UnknownTimeZoneError} when the runtime does not know the zone.
 */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let offsets = zones.get(timeZone);
  if (offsets === undefined) {
    let formatter: Intl.DateTimeFormat;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new UnknownTimeZoneError(timeZone);
    }
    offsets = new ZoneOffsets(formatter);
    if (zones.size >= MAX_ZONES) zones.clear();
    zones.set(timeZone, offsets);
  }
  return offsets;
}
