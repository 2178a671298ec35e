// The next meeting as a patient reads it: relative words ("Tomorrow", "Mañana") and the time in
// the patient's own zone, not the group's, on the card and on the group's page.
import '../src/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SearchHit } from '@peer-groups/core';
import type { LitElement } from 'lit';
import { HttpResponse, http } from 'msw';
import type { PeerGroups } from '../src/components/peer-groups.js';
import { API, useApi } from './api.js';
import { pageOf, searchHits } from './fixtures/groups.js';
import { cards, detail, shadow, textOf, untilCards } from './helpers.js';

const MINUTE = 60_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `days` from today at `hour`:`minute` on the patient's own clock. */
function localTime(days: number, hour: number, minute = 0): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hour, minute, 0, 0);
  return date;
}

/** A zone whose clock is at least three hours from the patient's at `when`. */
function zoneFarFromViewer(when: Date): string {
  const hourIn = (timeZone: string) =>
    Number(
      new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(
        when,
      ),
    );
  const here = when.getHours();
  const far = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((zone) => {
    const apart = Math.abs(hourIn(zone) - here);
    return Math.min(apart, 24 - apart) >= 3;
  });
  return far ?? 'Pacific/Kiritimati';
}

/** The fixture's first group, meeting next at `start` for `minutes`, listed in a far zone. */
function meetingAt(start: Date, minutes: number): SearchHit {
  const group = searchHits()[0] as SearchHit;
  return {
    ...group,
    schedules: group.schedules.map((schedule) => ({
      ...schedule,
      timeZone: zoneFarFromViewer(start),
    })),
    nextMeeting: {
      start: start.toISOString(),
      end: new Date(start.getTime() + minutes * MINUTE).toISOString(),
    },
  };
}

async function cardSaying(
  hit: SearchHit,
  lang = 'en',
): Promise<{ widget: PeerGroups; text: string }> {
  await useApi(http.get(`${API}/v1/groups`, () => HttpResponse.json(pageOf([hit]))));
  const widget = await fixture<PeerGroups>(
    html`<peer-groups api=${API} near="02139" lang=${lang}></peer-groups>`,
  );
  await untilCards(widget, 1);
  return { widget, text: textOf(cards(widget)[0] as Element) };
}

describe('next meeting wording', () => {
  it('says "Tomorrow" and the time on the patient\'s clock for a morning meeting', async () => {
    const { text } = await cardSaying(meetingAt(localTime(1, 10), 90));
    expect(text).to.match(/Next meeting: Tomorrow, 10:00\s?–\s?11:30\sAM/);
  });

  it('says "Tomorrow" with an evening time in the afternoon half of the clock', async () => {
    const { text } = await cardSaying(meetingAt(localTime(1, 19), 90));
    expect(text).to.match(/Next meeting: Tomorrow, 7:00\s?–\s?8:30\sPM/);
  });

  it('says "Mañana" and a 24-hour time in Spanish', async () => {
    const { text } = await cardSaying(meetingAt(localTime(1, 19), 90), 'es');
    expect(text).to.match(/Próxima reunión: Mañana, 19:00\s?–\s?20:30/);
  });

  it('gives the weekday and date of a meeting later in the week', async () => {
    const start = localTime(3, 10);
    const year = start.getFullYear() === new Date().getFullYear() ? '' : `, ${start.getFullYear()}`;
    const day = `${WEEKDAYS[start.getDay()]}, ${MONTHS[start.getMonth()]} ${start.getDate()}${year}`;
    const { text } = await cardSaying(meetingAt(start, 60));
    expect(text).to.contain(`Next meeting: ${day}, 10:00`);
    expect(text).to.not.contain('Tomorrow');
  });

  it("shows no badge for tomorrow's meeting", async () => {
    const { widget } = await cardSaying(meetingAt(localTime(1, 10), 90));
    expect(shadow(cards(widget)[0] as Element).querySelector('[part="now"]')).to.equal(null);
  });

  it("says the same on the group's page", async () => {
    const { widget } = await cardSaying(meetingAt(localTime(1, 10), 90));
    (shadow(cards(widget)[0] as Element).querySelector('.name') as HTMLButtonElement).click();
    await waitUntil(() => detail(widget) !== null);
    await (detail(widget) as LitElement).updateComplete;
    expect(textOf(detail(widget) as Element)).to.match(
      /Next meeting: Tomorrow, 10:00\s?–\s?11:30\sAM/,
    );
  });
});
