/**
 * The topic and audience taxonomy: a controlled vocabulary that directories may extend.
 * Every term carries its label in each supported locale.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { shortText, termIdSchema } from './primitives.js';

/** Locales every label in the taxonomy is written in. */
export const TAXONOMY_LOCALES = ['en', 'es'] as const;
/** A locale the taxonomy is labelled in. */
export type TaxonomyLocale = (typeof TAXONOMY_LOCALES)[number];

/** A term of the taxonomy, with labels per locale and an optional broader term. */
export const taxonomyTermSchema = /* @__PURE__ */ z.object({
  id: termIdSchema,
  labels: z.object({ en: shortText(80), es: shortText(80) }),
  parent: z.optional(termIdSchema),
});
/** A term of the taxonomy, with labels per locale and an optional broader term. */
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;

/** The whole taxonomy, as `GET /v1/topics` returns it. */
export const taxonomySchema = /* @__PURE__ */ z.object({
  topics: z.array(taxonomyTermSchema),
  audiences: z.array(taxonomyTermSchema),
});
/** The whole taxonomy, as `GET /v1/topics` returns it. */
export type Taxonomy = z.infer<typeof taxonomySchema>;

/* @__NO_SIDE_EFFECTS__ */
function term(id: string, en: string, es: string, parent?: string): TaxonomyTerm {
  return parent === undefined ? { id, labels: { en, es } } : { id, labels: { en, es }, parent };
}

/** The built-in topics. Directories may add their own kebab-case ids. */
export const TOPICS: readonly TaxonomyTerm[] = [
  term('mental-health', 'Mental health', 'Salud mental'),
  term('depression', 'Depression', 'Depresión', 'mental-health'),
  term('anxiety', 'Anxiety', 'Ansiedad', 'mental-health'),
  term('bipolar', 'Bipolar disorder', 'Trastorno bipolar', 'mental-health'),
  term('psychosis', 'Psychosis and schizophrenia', 'Psicosis y esquizofrenia', 'mental-health'),
  term('trauma', 'Trauma and PTSD', 'Trauma y TEPT', 'mental-health'),
  term('eating-disorders', 'Eating disorders', 'Trastornos alimentarios', 'mental-health'),
  term('hoarding', 'Hoarding', 'Acumulación compulsiva', 'mental-health'),
  term('substance-use', 'Substance use and recovery', 'Consumo de sustancias y recuperación'),
  term('alcohol', 'Alcohol', 'Alcohol', 'substance-use'),
  term('opioids', 'Opioids', 'Opioides', 'substance-use'),
  term('stimulants', 'Stimulants', 'Estimulantes', 'substance-use'),
  term('gambling', 'Gambling', 'Juego', 'substance-use'),
  term('chronic-illness', 'Chronic illness', 'Enfermedades crónicas'),
  term('cancer', 'Cancer', 'Cáncer', 'chronic-illness'),
  term('diabetes', 'Diabetes', 'Diabetes', 'chronic-illness'),
  term('chronic-pain', 'Chronic pain', 'Dolor crónico', 'chronic-illness'),
  term(
    'heart-disease',
    'Heart disease and stroke',
    'Enfermedades del corazón y derrame',
    'chronic-illness',
  ),
  term('hiv', 'HIV', 'VIH', 'chronic-illness'),
  term('dementia', 'Dementia and memory loss', 'Demencia y pérdida de memoria', 'chronic-illness'),
  term('grief-and-loss', 'Grief and loss', 'Duelo y pérdida'),
  term('suicide-loss', 'Suicide loss', 'Pérdida por suicidio', 'grief-and-loss'),
  term(
    'pregnancy-loss',
    'Pregnancy and infant loss',
    'Pérdida gestacional e infantil',
    'grief-and-loss',
  ),
  term('parenting', 'Parenting', 'Crianza'),
  term('postpartum', 'Postpartum and perinatal mood', 'Ánimo posparto y perinatal', 'parenting'),
  term('caregiving', 'Caregiving', 'Cuidado de familiares'),
  term('family-and-friends', 'Family and friends', 'Familiares y amigos'),
  term('domestic-violence', 'Domestic violence', 'Violencia doméstica'),
  term('suicide-prevention', 'Suicidal thoughts', 'Pensamientos suicidas', 'mental-health'),
];

/** The built-in audiences. Directories may add their own kebab-case ids. */
export const AUDIENCES: readonly TaxonomyTerm[] = [
  term('veterans', 'Veterans', 'Veteranos'),
  term('women', 'Women', 'Mujeres'),
  term('men', 'Men', 'Hombres'),
  term('lgbtq', 'LGBTQ+', 'LGBTQ+'),
  term('young-adults', 'Young adults', 'Adultos jóvenes'),
  term('teens', 'Teens', 'Adolescentes'),
  term('seniors', 'Seniors', 'Personas mayores'),
  term('families', 'Families', 'Familias'),
  term('bipoc', 'Black, Indigenous and people of color', 'Personas negras, indígenas y de color'),
  term('spanish-speakers', 'Spanish speakers', 'Hispanohablantes'),
  term('healthcare-workers', 'Healthcare workers', 'Trabajadores de la salud'),
  term('first-responders', 'First responders', 'Personal de emergencias'),
];

/** The built-in taxonomy. */
export const BUILT_IN_TAXONOMY: Taxonomy = { topics: [...TOPICS], audiences: [...AUDIENCES] };

/**
 * The label of a term in `locale`, falling back to English, then to the id itself for terms a
 * directory added without labels.
 */
export function termLabel(terms: readonly TaxonomyTerm[], id: string, locale: string): string {
  const found = terms.find((candidate) => candidate.id === id);
  if (found === undefined) return id;
  const language = locale.toLowerCase().split('-')[0];
  return language === 'es' ? found.labels.es : found.labels.en;
}
