import {
  civilFromDays,
  formatCivilDate,
  type Group,
  localDayAt,
  occurrencesBetween,
  TOPICS,
} from '@peer-groups/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NOW, generateGroups, METROS, VENUE_SPREAD_KM } from '../src/index.js';
import { distanceKm } from './support/distance.js';

const COUNT = 20_000;
let groups: Group[];

beforeAll(() => {
  groups = generateGroups({ seed: 1, count: COUNT });
});

/** The ids (and a detail) of the groups for which `problem` returns a message, for one assertion per test. */
function offenders(
  problem: (group: Group) => string | undefined,
  among: readonly Group[] = groups,
): string[] {
  const found: string[] = [];
  for (const group of among) {
    const message = problem(group);
    if (message !== undefined) found.push(`${group.id}: ${message}`);
  }
  return found.slice(0, 5);
}

function share(predicate: (group: Group) => boolean, among: readonly Group[] = groups): number {
  return among.filter(predicate).length / among.length;
}

function meetsMonthly(group: Group): boolean {
  return group.schedules.some((schedule) => schedule.frequency === 'monthly');
}

function isSpanish(group: Group): boolean {
  return group.languages[0] === 'es';
}

describe('identity', () => {
  it('gives every one of 20,000 groups a unique id and slug', () => {
    expect(new Set(groups.map((group) => group.id)).size).toBe(COUNT);
    expect(new Set(groups.map((group) => group.slug)).size).toBe(COUNT);
  });

  it('builds each slug from the name plus a short suffix', () => {
    const problems = offenders((group) => {
      const suffix = group.slug.slice(group.slug.lastIndexOf('-') + 1);
      const firstWord = group.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .match(/[a-z0-9]+/)?.[0];
      const fits =
        suffix.length === 7 &&
        group.id === `grp_${suffix}` &&
        group.slug.startsWith(`${firstWord}`);
      return fits ? undefined : `${group.slug} for "${group.name}"`;
    });
    expect(problems).toEqual([]);
  });

  it('marks every group as generated sample data', () => {
    const problems = offenders((group) =>
      group.source.name === 'Sample data' &&
      group.source.format === 'generated' &&
      group.source.url === undefined
        ? undefined
        : JSON.stringify(group.source),
    );
    expect(problems).toEqual([]);
  });
});

describe('the mix', () => {
  it('has about 15% online-only and 10% hybrid groups', () => {
    expect(share((group) => group.attendance === 'online')).toBeGreaterThan(0.13);
    expect(share((group) => group.attendance === 'online')).toBeLessThan(0.17);
    expect(share((group) => group.attendance === 'hybrid')).toBeGreaterThan(0.08);
    expect(share((group) => group.attendance === 'hybrid')).toBeLessThan(0.12);
  });

  it('spreads online-only groups across the time zones of every metro', () => {
    const zones = new Set(
      groups
        .filter((group) => group.attendance === 'online')
        .map((group) => group.schedules[0]?.timeZone),
    );
    expect(zones.size).toBe(new Set(METROS.map((metro) => metro.timeZone)).size);
  });

  it('has about a quarter of groups meeting in Spanish', () => {
    expect(share(isSpanish)).toBeGreaterThan(0.18);
    expect(share(isSpanish)).toBeLessThan(0.32);
  });

  it('puts Spanish-language groups mostly where Spanish is spoken', () => {
    const inMetro = (id: string) =>
      groups.filter(
        (group) =>
          group.attendance !== 'online' &&
          METROS.find((metro) => metro.id === id)?.timeZone === group.schedules[0]?.timeZone &&
          METROS.find((metro) => metro.id === id)?.country === group.location?.address.country &&
          METROS.find((metro) => metro.id === id)?.postalCodes.includes(
            group.location?.address.postalCode ?? '',
          ),
      );
    expect(share(isSpanish, inMetro('miami'))).toBeGreaterThan(0.35);
    expect(share(isSpanish, inMetro('los-angeles'))).toBeGreaterThan(0.25);
    expect(share(isSpanish, inMetro('madrid'))).toBeGreaterThan(0.9);
    expect(share(isSpanish, inMetro('mexico-city'))).toBeGreaterThan(0.9);
    expect(share(isSpanish, inMetro('boston'))).toBeLessThan(0.15);
    expect(share(isSpanish, inMetro('london'))).toBeLessThan(0.05);
  });

  it('has small shares of Chinese, Vietnamese, ASL and French groups', () => {
    for (const language of ['zh', 'vi', 'ase', 'fr']) {
      const languageShare = share((group) => group.languages[0] === language);
      expect(languageShare, language).toBeGreaterThan(0.001);
      expect(languageShare, language).toBeLessThan(0.04);
    }
  });

  it('has about a fifth of groups meeting monthly, and some cohorts and every-other-week groups', () => {
    expect(share(meetsMonthly)).toBeGreaterThan(0.14);
    expect(share(meetsMonthly)).toBeLessThan(0.28);
    const cohort = share((group) =>
      group.schedules.some((schedule) => schedule.validUntil !== undefined),
    );
    expect(cohort).toBeGreaterThan(0.03);
    expect(cohort).toBeLessThan(0.12);
    const everyOtherWeek = share((group) =>
      group.schedules.some((schedule) => schedule.interval === 2),
    );
    expect(everyOtherWeek).toBeGreaterThan(0.03);
    expect(everyOtherWeek).toBeLessThan(0.15);
  });

  it('writes "2nd and 4th", "last" and "1st" monthly patterns', () => {
    const patterns = new Set(
      groups.flatMap((group) =>
        group.schedules.map((schedule) => JSON.stringify(schedule.weeksOfMonth ?? null)),
      ),
    );
    for (const pattern of ['[2,4]', '[-1]', '[1]', '[1,3]']) expect(patterns).toContain(pattern);
  });

  it('cancels meetings around holidays for some groups', () => {
    const cancelling = share((group) =>
      group.schedules.some((schedule) => (schedule.cancelledDates ?? []).length > 0),
    );
    expect(cancelling).toBeGreaterThan(0.15);
    expect(cancelling).toBeLessThan(0.5);
  });
});

describe('coherence', () => {
  it('uses only topics of the built-in taxonomy', () => {
    const known = new Set(TOPICS.map((term) => term.id));
    const problems = offenders((group) => group.topics.find((topic) => !known.has(topic)));
    expect(problems).toEqual([]);
  });

  it('gives in-person groups a location only, online groups access only, hybrid groups both', () => {
    const problems = offenders((group) => {
      const fits =
        (group.location !== undefined) === (group.attendance !== 'online') &&
        (group.online !== undefined) === (group.attendance !== 'inPerson');
      return fits ? undefined : group.attendance;
    });
    expect(problems).toEqual([]);
  });

  it('places every venue within a few km of its neighbourhood and metro', () => {
    const neighbourhoods = METROS.flatMap((metro) =>
      metro.neighbourhoods.map((neighbourhood) => ({ metro, neighbourhood })),
    );
    const problems = offenders((group) => {
      const location = group.location;
      if (location === undefined) return undefined;
      const home = neighbourhoods.find(
        ({ metro, neighbourhood }) =>
          neighbourhood.postalCode === location.address.postalCode &&
          metro.country === location.address.country,
      );
      if (home === undefined) return `unknown postal code ${location.address.postalCode}`;
      const fromNeighbourhood = distanceKm(location.coordinates, home.neighbourhood.centre);
      const fromMetro = distanceKm(location.coordinates, home.metro.centre);
      if (fromNeighbourhood > VENUE_SPREAD_KM + 0.01)
        return `${fromNeighbourhood} km from its neighbourhood`;
      if (fromMetro > home.metro.radiusKm + VENUE_SPREAD_KM)
        return `${fromMetro} km from its metro`;
      const zone = group.schedules[0]?.timeZone;
      return zone === home.metro.timeZone ? undefined : `meets in ${zone}`;
    });
    expect(problems).toEqual([]);
  });

  it('marks hospital and clinic venues, and only those, as healthcare facilities', () => {
    const medical =
      /Hospital|Clinic|Cl[ií]nica|Health Cent|Medical|Salud|Medicina|Especialidades|Infirmary/;
    const neighbourhoodNames = new Map(
      METROS.flatMap((metro) =>
        metro.neighbourhoods.map((neighbourhood) => [neighbourhood.postalCode, neighbourhood.name]),
      ),
    );
    const problems = offenders((group) => {
      const location = group.location;
      if (location === undefined) return undefined;
      // A venue named after its neighbourhood ("Texas Medical Center YMCA") is judged without it.
      const ownName = (location.venue ?? '').replace(
        neighbourhoodNames.get(location.address.postalCode ?? '') ?? '',
        '',
      );
      const looksMedical = medical.test(ownName);
      return looksMedical === location.atHealthcareFacility ? undefined : `${location.venue}`;
    });
    expect(problems).toEqual([]);
  });

  it('has twelve-step groups peer-led and peer-run, and cancer groups led with professionals', () => {
    const twelveStep = groups.filter((group) => group.organization?.name.includes('Intergroup'));
    expect(twelveStep.length).toBeGreaterThan(500);
    const notPeer = offenders(
      (group) =>
        group.facilitation === 'peerLed' && group.peerRun ? undefined : group.facilitation,
      twelveStep,
    );
    expect(notPeer).toEqual([]);
    const cancer = groups.filter((group) => group.topics[0] === 'cancer');
    expect(cancer.length).toBeGreaterThan(200);
    const peerOnly = offenders(
      (group) =>
        group.facilitation !== 'peerLed' && !group.peerRun ? undefined : group.facilitation,
      cancer,
    );
    expect(peerOnly).toEqual([]);
  });

  it('often lists a child topic with its parent', () => {
    const parents = new Map(TOPICS.map((term) => [term.id, term.parent]));
    const withChild = groups.filter((group) => parents.get(group.topics[0] ?? '') !== undefined);
    const withParent = withChild.filter((group) =>
      group.topics.includes(parents.get(group.topics[0] ?? '') ?? ''),
    );
    expect(withParent.length / withChild.length).toBeGreaterThan(0.2);
  });

  it('gives teen, young-adult and senior groups matching age ranges', () => {
    const problems = offenders((group) => {
      const { min = -1, max = 999 } = group.ageRange ?? {};
      const ages = `${group.audiences.join(',')} aged ${min}-${max}`;
      if (group.audiences.includes('teens')) return min >= 13 && max <= 18 ? undefined : ages;
      if (group.audiences.includes('young-adults'))
        return min === 18 && max <= 35 ? undefined : ages;
      if (group.audiences.includes('seniors')) return min >= 55 ? undefined : ages;
      return undefined;
    });
    expect(problems).toEqual([]);
  });

  it('requires registration for cohorts, and closes cohorts already under way', () => {
    const today = DEFAULT_NOW.slice(0, 10);
    const problems = offenders((group) => {
      const cohort = group.schedules.find((schedule) => schedule.validUntil !== undefined);
      if (cohort === undefined) return undefined;
      const fits =
        group.openness === 'registration' &&
        group.acceptingNewMembers === (cohort.validFrom ?? '') > today;
      return fits ? undefined : `${group.openness}, accepting ${group.acceptingNewMembers}`;
    });
    expect(problems).toEqual([]);
  });

  it('writes Spanish-language listings in Spanish and the others in English', () => {
    const spanishWords = /\b(de|para|que|las|los|una|con)\b/g;
    const englishWords = /\b(the|for|and|with|who|are|is)\b/g;
    const spanishZones = /Madrid|Mexico_City/;
    const problems = offenders((group) => {
      const spanish = group.description.match(spanishWords)?.length ?? 0;
      const english = group.description.match(englishWords)?.length ?? 0;
      const first = group.languages[0];
      // Groups in other languages are described in the main language of their metro.
      const inSpanish =
        first === 'es' || (first !== 'en' && spanishZones.test(group.schedules[0]?.timeZone ?? ''));
      return spanish > english === inSpanish ? undefined : group.description;
    });
    expect(problems).toEqual([]);
  });

  it('gives anonymous-tradition contacts first names or roles only', () => {
    const problems = offenders((group) => {
      const name = group.contact?.name;
      // "Li Na" is one first name of two words; no contact carries a family name.
      return name === undefined || name.split(' ').length <= 2 ? undefined : name;
    });
    expect(problems).toEqual([]);
  });

  it('gives a `how` text to many groups that accept referrals', () => {
    const accepting = groups.filter((group) => group.referrals.accepted);
    expect(accepting.length / groups.length).toBeGreaterThan(0.3);
    expect(share((group) => group.referrals.how !== undefined, accepting)).toBeGreaterThan(0.7);
    const problems = offenders((group) =>
      group.referrals.accepted || Object.keys(group.referrals).length === 1
        ? undefined
        : JSON.stringify(group.referrals),
    );
    expect(problems).toEqual([]);
  });
});

describe('safe sample contacts', () => {
  it('links only to reserved example domains', () => {
    const problems = offenders((group) => {
      const links = [
        group.website,
        group.organization?.url,
        group.online?.joinUrl,
        group.referrals.url,
      ];
      for (const link of links) {
        if (link === undefined) continue;
        const host = new URL(link).hostname;
        if (host !== 'example.org' && !host.endsWith('.example')) return link;
      }
      for (const email of [group.contact?.email, group.referrals.email]) {
        if (email !== undefined && !/^[a-z0-9-]+@example\.org$/.test(email)) return email;
      }
      return undefined;
    });
    expect(problems).toEqual([]);
  });

  it('uses only phone numbers reserved for fiction', () => {
    const fictional = /555-01\d\d$|7946 0\d{3}$|5550 \d{4}$/;
    const problems = offenders((group) =>
      [group.contact?.phone, group.referrals.phone, group.online?.dialIn].find(
        (phone) => phone !== undefined && !fictional.test(phone),
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('schedules against core arithmetic', () => {
  const from = Date.parse(DEFAULT_NOW) - 40 * 86_400_000;
  const to = Date.parse(DEFAULT_NOW) + 410 * 86_400_000;

  it('cancels only dates the schedule would otherwise meet on', () => {
    let checked = 0;
    const problems = offenders(
      (group) => {
        for (const schedule of group.schedules) {
          const cancelled = schedule.cancelledDates;
          if (cancelled === undefined) continue;
          const { cancelledDates: _, ...uncancelled } = schedule;
          const meetingDates = new Set(
            occurrencesBetween(uncancelled, from, to).map((occurrence) =>
              formatCivilDate(civilFromDays(localDayAt(schedule.timeZone, occurrence.start))),
            ),
          );
          checked += cancelled.length;
          const stray = cancelled.find((date) => !meetingDates.has(date));
          if (stray !== undefined) return `cancels ${stray}, not a meeting day`;
        }
        return undefined;
      },
      groups.slice(0, 3000),
    );
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('gives cohorts 6 to 12 weekly sessions from validFrom to validUntil', () => {
    const problems = offenders(
      (group) => {
        const cohort = group.schedules.find((schedule) => schedule.validUntil !== undefined);
        if (cohort === undefined) return undefined;
        const { cancelledDates: _, ...uncancelled } = cohort;
        const sessions = occurrencesBetween(uncancelled, from - 60 * 86_400_000, to).length;
        return sessions >= 6 && sessions <= 12 ? undefined : `${sessions} sessions`;
      },
      groups.slice(0, 3000),
    );
    expect(problems).toEqual([]);
  });
});

describe('postal codes', () => {
  it('has in-person groups in every postal code the metro list names', () => {
    const used = new Set(groups.map((group) => group.location?.address.postalCode));
    const missing = METROS.flatMap((metro) =>
      metro.postalCodes
        .filter((postalCode) => !used.has(postalCode))
        .map((code) => `${metro.id} ${code}`),
    );
    expect(missing).toEqual([]);
  });
});
