import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/define-element.js';

describe('defineElement', () => {
  it('defines a free tag', () => {
    class First extends LitElement {}
    defineElement('pg-test-free', First);
    expect(customElements.get('pg-test-free')).to.equal(First);
  });

  it('keeps the first definition and warns, instead of throwing, when a second copy loads', () => {
    class Old extends LitElement {}
    class New extends LitElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('pg-test-twice', Old);
      defineElement('pg-test-twice', New);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('pg-test-twice')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('already defined by another copy');
  });

  it('stays quiet when the same module registers twice', () => {
    class Same extends LitElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('pg-test-same', Same);
      defineElement('pg-test-same', Same);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });
});
