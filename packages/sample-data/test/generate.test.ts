import { type Group, groupSchema } from '@peer-groups/core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOW,
  generateGroup,
  generateGroups,
  iterateGroups,
  SampleDataOptionsError,
} from '../src/index.js';

const DAY_MS = 86_400_000;

/** The first few schema issues of a group, with its id, so a failure says what to fix. */
function firstIssues(group: Group): string {
  const result = groupSchema.safeParse(group);
  if (result.success) return '';
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return `${group.id}: ${issues.join('; ')}`;
}

describe('generateGroups', () => {
  it('returns 100 groups by default', () => {
    expect(generateGroups()).toHaveLength(100);
  });

  it('returns exactly `count` groups, none for 0', () => {
    expect(generateGroups({ count: 7 })).toHaveLength(7);
    expect(generateGroups({ count: 0 })).toEqual([]);
  });

  it.each([1, 2, 42, 2026])('gives groups that all pass groupSchema for seed %i', (seed) => {
    const failures = generateGroups({ seed, count: 500 })
      .map(firstIssues)
      .filter((issues) => issues !== '');
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('gives byte-identical output for the same seed and options', () => {
    const first = JSON.stringify(generateGroups({ seed: 9, count: 300 }));
    const second = JSON.stringify(generateGroups({ seed: 9, count: 300 }));
    expect(second).toBe(first);
  });

  it('gives the same output for the same `now` written as a Date, a number or a string', () => {
    const asString = JSON.stringify(generateGroups({ count: 50, now: '2027-03-01T00:00:00Z' }));
    const asDate = JSON.stringify(
      generateGroups({ count: 50, now: new Date('2027-03-01T00:00:00Z') }),
    );
    const asNumber = JSON.stringify(generateGroups({ count: 50, now: Date.UTC(2027, 2, 1) }));
    expect(asDate).toBe(asString);
    expect(asNumber).toBe(asString);
  });

  it('gives different groups for different seeds', () => {
    const one = generateGroups({ seed: 1, count: 50 });
    const two = generateGroups({ seed: 2, count: 50 });
    const sameNames = one.filter((group, index) => group.name === two[index]?.name).length;
    expect(sameNames).toBeLessThan(10);
    expect(new Set([...one, ...two].map((group) => group.id)).size).toBe(100);
  });

  it('starts a larger set with the groups of a smaller one', () => {
    const small = generateGroups({ seed: 5, count: 20 });
    const large = generateGroups({ seed: 5, count: 200 });
    expect(large.slice(0, 20)).toEqual(small);
  });

  it('defaults `now` to the documented fixed instant', () => {
    expect(generateGroups({ count: 40 })).toEqual(generateGroups({ count: 40, now: DEFAULT_NOW }));
  });

  it('dates verification within the 18 months before `now`, after creation and before the last update', () => {
    const now = Date.parse('2028-02-15T09:30:00Z');
    for (const group of generateGroups({ seed: 3, count: 400, now })) {
      const verified = Date.parse(group.lastVerified);
      const created = Date.parse(group.createdAt);
      const updated = Date.parse(group.updatedAt);
      expect(verified).toBeLessThanOrEqual(now);
      expect(verified).toBeGreaterThan(now - 549 * DAY_MS);
      expect(created).toBeLessThanOrEqual(verified);
      expect(updated).toBeGreaterThanOrEqual(verified);
      expect(updated).toBeLessThanOrEqual(now);
    }
  });

  it('writes instants in UTC with a Z, as the store keeps them', () => {
    for (const group of generateGroups({ count: 50 })) {
      for (const instant of [group.lastVerified, group.createdAt, group.updatedAt]) {
        expect(new Date(instant).toISOString()).toBe(instant);
      }
    }
  });

  it('leaves some listings stale on purpose', () => {
    const now = Date.parse(DEFAULT_NOW);
    const groups = generateGroups({ count: 1000 });
    const stale = groups.filter((group) => Date.parse(group.lastVerified) < now - 365 * DAY_MS);
    expect(stale.length / groups.length).toBeGreaterThan(0.04);
    expect(stale.length / groups.length).toBeLessThan(0.2);
  });
});

describe('generateGroup', () => {
  it('gives the group at the same index of generateGroups', () => {
    const groups = generateGroups({ seed: 11, count: 60 });
    for (const index of [0, 1, 17, 59]) {
      expect(generateGroup(11, index)).toEqual(groups[index]);
    }
  });

  it('passes `now` through', () => {
    const now = '2030-01-10T00:00:00Z';
    expect(generateGroup(4, 3, { now })).toEqual(generateGroups({ seed: 4, count: 4, now })[3]);
  });

  it('reaches far indexes without generating the ones before', () => {
    const group = generateGroup(1, 4_000_000_000);
    expect(groupSchema.safeParse(group).success).toBe(true);
  });
});

describe('iterateGroups', () => {
  it('yields the same groups as generateGroups, one at a time', () => {
    expect([...iterateGroups({ seed: 8, count: 80 })]).toEqual(
      generateGroups({ seed: 8, count: 80 }),
    );
  });

  it('generates lazily: taking a few of a huge set is immediate', () => {
    const taken: string[] = [];
    for (const group of iterateGroups({ count: 1_000_000 })) {
      taken.push(group.id);
      if (taken.length === 3) break;
    }
    expect(taken).toEqual(generateGroups({ count: 3 }).map((group) => group.id));
  });
});

describe('options', () => {
  it.each([
    [{ count: -1 }, 'count'],
    [{ count: 2.5 }, 'count'],
    [{ count: 2_000_000 }, 'count'],
    [{ seed: Number.NaN }, 'seed'],
    [{ seed: 0.5 }, 'seed'],
    [{ now: 'not a date' }, 'now'],
    [{ now: new Date(Number.NaN) }, 'now'],
  ])('refuses %o, naming %s', (options, option) => {
    const attempt = () => generateGroups(options);
    expect(attempt).toThrow(SampleDataOptionsError);
    expect(attempt).toThrow(new RegExp(`^${option} must`));
    try {
      attempt();
    } catch (error) {
      expect((error as SampleDataOptionsError).option).toBe(option);
    }
  });

  it('refuses an index outside 0 to 2^32 - 1', () => {
    expect(() => generateGroup(1, -1)).toThrow(SampleDataOptionsError);
    expect(() => generateGroup(1, 2 ** 32)).toThrow(/index must be an integer/);
  });

  it('checks iterateGroups options when the first group is asked for', () => {
    const groups = iterateGroups({ count: -5 });
    expect(() => groups.next()).toThrow(SampleDataOptionsError);
  });

  it('accepts negative and large safe-integer seeds as distinct data sets', () => {
    const ids = [-1, 0, 2 ** 40, 2 ** 40 + 1].map((seed) => generateGroup(seed, 0).id);
    expect(new Set(ids).size).toBe(4);
  });
});
