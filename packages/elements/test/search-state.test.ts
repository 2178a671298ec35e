import { expect } from '@open-wc/testing';
import {
  clearFilters,
  emptyState,
  hasSearch,
  readParams,
  toQuery,
  writeParams,
} from '../src/state/search-state.js';

describe('search state', () => {
  it('asks for nothing but the page size and soonest first when nothing is chosen', () => {
    expect(toQuery(emptyState(), 20)).to.deep.equal({ limit: 20, sort: 'next' });
  });

  it('sends a typed place as text and sorts by distance', () => {
    const query = toQuery({ ...emptyState(), near: ' 02139 ', radiusKm: 50 }, 20);
    expect(query).to.include({ near: '02139', radiusKm: 50, sort: 'distance' });
  });

  it('sends a position as coordinates', () => {
    const query = toQuery({ ...emptyState(), near: '42.36,-71.09' }, 20);
    expect(query.near).to.deep.equal({ lat: 42.36, lng: -71.09 });
  });

  it('drops the place and asks for online or hybrid groups when online is chosen', () => {
    const query = toQuery({ ...emptyState(), near: '02139', online: true, sort: 'distance' }, 20);
    expect(query.near).to.equal(undefined);
    expect(query.attendance).to.deep.equal(['online', 'hybrid']);
    expect(query.sort).to.equal('next');
  });

  it('maps every yes/no filter to its query parameter', () => {
    const query = toQuery(
      {
        ...emptyState(),
        free: true,
        accessible: true,
        acceptsReferrals: true,
        atFacility: true,
        soon: true,
      },
      10,
    );
    expect(query).to.deep.include({
      cost: ['free'],
      accessibility: ['wheelchair'],
      acceptsReferrals: true,
      atFacility: true,
      withinDays: 7,
    });
  });

  it('clears filters but keeps the place and the sort order', () => {
    const state = {
      ...emptyState(),
      near: '02139',
      topics: ['anxiety'],
      free: true,
      sort: 'name' as const,
    };
    expect(clearFilters(state)).to.deep.equal({ ...emptyState(), near: '02139', sort: 'name' });
  });

  it('round-trips through URL parameters without touching the host page own', () => {
    const state = {
      ...emptyState(),
      near: 'Cambridge',
      q: 'grief',
      topics: ['grief-and-loss'],
      days: ['tue' as const],
      free: true,
      radiusKm: 50,
    };
    const params = new URLSearchParams('page=about');
    writeParams(params, state, 'grief-circle');
    expect(params.get('page')).to.equal('about');
    expect(hasSearch(params)).to.equal(true);
    expect(readParams(params)).to.deep.equal({ state, groupId: 'grief-circle' });
  });

  it('holds no search in a link to one group, nor in the host page own parameters', () => {
    expect(hasSearch(new URLSearchParams('page=about&pg-group=grief-circle'))).to.equal(false);
    expect(hasSearch(new URLSearchParams('pg-free=1&pg-group=grief-circle'))).to.equal(true);
  });

  it('drops unknown values from a hand-edited link', () => {
    const { state } = readParams(
      new URLSearchParams('pg-days=tue,funday&pg-sort=random&pg-radius=9000'),
    );
    expect(state.days).to.deep.equal(['tue']);
    expect(state.sort).to.equal(undefined);
    expect(state.radiusKm).to.equal(undefined);
  });
});
