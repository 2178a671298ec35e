import { describe, expect, it } from 'vitest';
import { slugify, truncateSlug } from '../src/slug.js';

describe('slugify', () => {
  it.each([
    ['Cambridge Grief Circle', 'cambridge-grief-circle'],
    ['Grupo de Apoyo en el Duelo – Tetuán', 'grupo-de-apoyo-en-el-duelo-tetuan'],
    ["Seniors' Grief Circle – Coral Gables", 'seniors-grief-circle-coral-gables'],
    ['Women’s Step Study', 'womens-step-study'],
    ['Grupo Niños y Niñas', 'grupo-ninos-y-ninas'],
    ['LGBTQ+ Peer Support (ASL)', 'lgbtq-peer-support-asl'],
    ['  Chinatown–International District  ', 'chinatown-international-district'],
    ['Tiếng Việt Group', 'tieng-viet-group'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('never returns an empty slug', () => {
    expect(slugify('— · —')).toBe('group');
  });

  it('cuts long names at a word boundary', () => {
    const slug = slugify(
      'Grupo de Apoyo para Cuidadores de Personas con Demencia – Puente de Vallecas',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('grupo-de-apoyo-para-cuidadores-de-personas-con-demencia');
  });
});

describe('truncateSlug', () => {
  it('keeps a slug that fits', () => {
    expect(truncateSlug('short-slug', 20)).toBe('short-slug');
  });

  it('cuts at the last hyphen within the limit', () => {
    expect(truncateSlug('one-two-three-four', 12)).toBe('one-two');
  });

  it('cuts a single long word mid-word rather than returning nothing', () => {
    expect(truncateSlug('supercalifragilistic', 5)).toBe('super');
  });
});
