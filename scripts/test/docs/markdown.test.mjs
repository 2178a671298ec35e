import { describe, expect, it } from 'vitest';
import { cell, code, Slugger, table } from '../../docs/markdown.mjs';

describe('code', () => {
  it('wraps plain text in single backticks', () => {
    expect(code('near')).toBe('`near`');
  });

  it('fences text holding backticks with a longer run', () => {
    expect(code('a `b` c')).toBe('``a `b` c``');
  });

  it('pads text that starts or ends with a backtick', () => {
    expect(code('`x')).toBe('`` `x ``');
  });
});

describe('cell', () => {
  it('escapes pipes, which would otherwise split the cell even inside code', () => {
    expect(cell('`a|b`')).toBe('`a\\|b`');
  });

  it('joins lines, which would otherwise end the row', () => {
    expect(cell('one\n  two')).toBe('one two');
  });

  it('reads a missing value as an empty cell', () => {
    expect(cell(undefined)).toBe('');
  });
});

describe('table', () => {
  it('writes a heading row, a rule and one row per entry', () => {
    expect(table(['a', 'b'], [['1', '2|3']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2\\|3 |\n');
  });

  it('writes nothing for no rows', () => {
    expect(table(['a'], [])).toBe('');
  });
});

describe('Slugger', () => {
  it('lower-cases, drops punctuation and turns spaces into hyphens', () => {
    expect(new Slugger().slug("List a group's upcoming meetings")).toBe(
      'list-a-groups-upcoming-meetings',
    );
  });

  it('keeps hyphens and drops dots, as a code host does', () => {
    expect(new Slugger().slug('Get a group as schema.org JSON-LD')).toBe(
      'get-a-group-as-schemaorg-json-ld',
    );
  });

  it('numbers repeated headings in order', () => {
    const slugger = new Slugger();
    expect([slugger.slug('Group'), slugger.slug('Group'), slugger.slug('Group')]).toEqual([
      'group',
      'group-1',
      'group-2',
    ]);
  });

  it('skips a suffix an earlier heading already took', () => {
    const slugger = new Slugger();
    expect([slugger.slug('a-1'), slugger.slug('a'), slugger.slug('a')]).toEqual([
      'a-1',
      'a',
      'a-2',
    ]);
  });
});
