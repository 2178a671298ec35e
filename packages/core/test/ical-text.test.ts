import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, MAX_LINE_OCTETS, serializeLines } from '../src/ical/content-line.js';
import { groupToICalendar } from '../src/index.js';
import { validGroup } from './fixtures.js';

const encoder = new TextEncoder();

function octets(text: string): number {
  return encoder.encode(text).length;
}

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

const HOSTILE =
  'Tea, biscuits; a \\ backslash\nsecond line\r\nthird\rfourth <script>alert(1)</script> 💬👩‍👩‍👧 END:VEVENT';

describe('escapeText', () => {
  test('escapes backslash, semicolon and comma', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
  });

  test('turns every kind of line break into \\n', () => {
    expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  test('drops control characters but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\u001Bd\u007Fe\tf')).toBe('abcde\tf');
  });

  test('replaces lone surrogates, keeps real pairs', () => {
    expect(escapeText('x\uD800y 💬')).toBe('x\uFFFDy 💬');
  });

  test('leaves markup as text', () => {
    expect(escapeText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('foldLine', () => {
  test('keeps a line of 75 octets whole', () => {
    const line = 'X'.repeat(MAX_LINE_OCTETS);
    expect(foldLine(line)).toEqual([line]);
  });

  test('folds a line of 76 octets with a leading space', () => {
    expect(foldLine('X'.repeat(76))).toEqual(['X'.repeat(75), ' X']);
  });

  test('never splits a multi-byte character and never exceeds 75 octets', () => {
    for (const unit of ['é', '€', '💬', 'a€', 'ab💬']) {
      for (let prefix = 0; prefix < 4; prefix += 1) {
        const line = `${'p'.repeat(prefix)}${unit.repeat(80)}`;
        const physical = foldLine(line);
        for (const part of physical) {
          expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
        }
        expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(
          line,
        );
      }
    }
  });

  test('fills each physical line as far as a whole character allows', () => {
    const physical = foldLine('€'.repeat(60));
    // 25 three-octet characters make 75 octets; continuation lines hold the space and 24.
    expect(octets(physical[0] ?? '')).toBe(75);
    expect(octets(physical[1] ?? '')).toBe(73);
  });
});

describe('serializeLines', () => {
  test('ends every physical line with CRLF', () => {
    const text = serializeLines(['A:1', `B:${'y'.repeat(100)}`]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('hostile directory text in a calendar', () => {
  function hostileGroup() {
    const group = validGroup();
    group.name = HOSTILE;
    group.description = `${HOSTILE}\n${'Long text that must fold. '.repeat(20)}`;
    if (group.location !== undefined) {
      group.location.venue = 'Hall; B, "Annex" \\ 2';
      group.location.room = 'Room\nBEGIN:VALARM';
    }
    return group;
  }

  test('uses CRLF only and no physical line over 75 octets', () => {
    const text = groupToICalendar(hostileGroup());
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    }
  });

  test('cannot start a property or component of its own', () => {
    const unfolded = unfold(groupToICalendar(hostileGroup())).split('\r\n');
    expect(unfolded.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
    expect(unfolded.some((line) => line.startsWith('BEGIN:VALARM'))).toBe(false);
  });

  test('reads back exactly through an iCalendar parser', () => {
    const group = hostileGroup();
    const calendar = new ICAL.Component(ICAL.parse(groupToICalendar(group)));
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe(HOSTILE.replace(/\r\n|\r/g, '\n'));
    expect(String(event?.getFirstPropertyValue('location'))).toContain(
      'Hall; B, "Annex" \\ 2, Room\nBEGIN:VALARM',
    );
    expect(String(event?.getFirstPropertyValue('description'))).toContain('💬👩‍👩‍👧');
  });

  test('unfolding restores every logical line', () => {
    const text = groupToICalendar(hostileGroup());
    const summary = unfold(text)
      .split('\r\n')
      .find((line) => line.startsWith('SUMMARY:'));
    expect(summary).toBe(`SUMMARY:${escapeText(HOSTILE)}`);
  });
});
