import { describe, expect, it } from 'vitest';
import { basketsNote, basketsOf } from '../../src/interop/meeting-guide/baskets.js';

describe('digital baskets in a cost note', () => {
  it('names each handle and gives it back', () => {
    const note = basketsNote({ venmo: '@HomeGroup', square: '$HomeGroup', paypal: 'homegroup.' });
    expect(note).toBe(
      'Contributions are voluntary. Digital baskets: Venmo @HomeGroup; Square $HomeGroup; PayPal homegroup..',
    );
    expect(basketsOf(note)).toEqual({
      venmo: '@HomeGroup',
      square: '$HomeGroup',
      paypal: 'homegroup.',
    });
  });

  it('reads nothing from another note', () => {
    expect(basketsOf('$10 a session')).toEqual({});
    expect(basketsOf('Contributions are voluntary. Digital baskets: Cash jar.')).toEqual({});
    expect(basketsOf(undefined)).toEqual({});
  });

  it('leaves out a handle it could not give back, or that would overflow the note', () => {
    expect(basketsNote({ venmo: 'a; b' })).toBeUndefined();
    const note = basketsNote({ venmo: '@short', paypal: 'p'.repeat(190) });
    expect(note).toBe('Contributions are voluntary. Digital baskets: Venmo @short.');
  });
});
