import type { Group, SearchHit, SearchQuery, Submission, Taxonomy } from '@peer-groups/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Client,
  type CuratorClient,
  createClient,
  type InvalidItem,
  type SearchResults,
} from '../src/index.js';

describe('the public types', () => {
  const client = createClient({ baseUrl: 'https://groups.example.org' });
  const curatorClient = createClient({ baseUrl: 'https://groups.example.org', apiKey: 'key' });

  it('gives the curator calls only to a client with an API key', () => {
    expectTypeOf(client).toEqualTypeOf<Client>();
    expectTypeOf(curatorClient).toEqualTypeOf<CuratorClient>();
    expectTypeOf(client).not.toHaveProperty('curator');
    expectTypeOf(curatorClient.curator.queue).returns.resolves.toHaveProperty('items');
  });

  it('types queries as objects with arrays, not comma strings', () => {
    expectTypeOf(client.groups.search).parameter(0).toEqualTypeOf<SearchQuery | undefined>();
    expectTypeOf<{ topics: string }>().not.toMatchTypeOf<SearchQuery>();
    expectTypeOf<{ attendance: ['online'] }>().toMatchTypeOf<SearchQuery>();
    expectTypeOf<{ attendance: ['by-pigeon'] }>().not.toMatchTypeOf<SearchQuery>();
  });

  it('types results from the core schemas', () => {
    expectTypeOf(client.groups.search).returns.resolves.toEqualTypeOf<SearchResults>();
    expectTypeOf<SearchResults['items'][number]>().toEqualTypeOf<SearchHit>();
    expectTypeOf<SearchResults['invalid'][number]>().toEqualTypeOf<InvalidItem>();
    expectTypeOf(client.groups.get).returns.resolves.toEqualTypeOf<Group>();
    expectTypeOf(client.groups.calendar).returns.resolves.toEqualTypeOf<string>();
    expectTypeOf(client.topics.list).returns.resolves.toEqualTypeOf<Taxonomy>();
    expectTypeOf(curatorClient.curator.reject).returns.resolves.toEqualTypeOf<Submission>();
    expectTypeOf(curatorClient.curator.retire).returns.resolves.toBeVoid();
  });

  it('iterates hits with for await', () => {
    expectTypeOf(client.groups.iterate()).toMatchTypeOf<AsyncIterable<SearchHit>>();
  });

  it('takes a signal as the last argument of every call', () => {
    const signal = new AbortController().signal;
    expectTypeOf(client.groups.get).toBeCallableWith('g-1', { signal });
    expectTypeOf(client.groups.meetings).toBeCallableWith('g-1', { from: new Date() }, { signal });
    expectTypeOf(client.places.resolve).toBeCallableWith('02139', { country: 'US', signal });
    expectTypeOf(client.topics.list).toBeCallableWith({ signal });
    expectTypeOf(curatorClient.curator.approve).toBeCallableWith('s-1', { signal });
  });

  it('requires a base URL', () => {
    // @ts-expect-error baseUrl is required.
    createClient({});
  });
});
