/**
 * HSDS taxonomy terms and the directory's fields. The export writes each field the directory
 * has and HSDS lacks (topics, audiences, facilitation, whom a group serves, openness) as a term
 * of the `peer-groups` taxonomy, which the import reads back; terms of other taxonomies are
 * matched to topics and audiences by name.
 *
 * @packageDocumentation
 */
import { AUDIENCES, TOPICS } from '@peer-groups/core';
import { foldText } from '../../search/fold-text.js';
import type { HsdsAttribute } from './service.js';

/** The taxonomy name of the terms the export writes. */
export const PEER_GROUPS_TAXONOMY = 'peer-groups';

/** The directory fields a term can set, as `field:value` codes. */
export type TermField =
  | 'topic'
  | 'audience'
  | 'facilitation'
  | 'serves'
  | 'openness'
  | 'cost'
  | 'peerRun'
  | 'acceptingNewMembers'
  | 'referrals'
  | 'atHealthcareFacility';

/** What a service's terms say, field by field. */
export type TermValues = Partial<Record<TermField, string[]>>;

/** Names other taxonomies give topics, folded, beyond our own labels. */
const TOPIC_SYNONYMS: Record<string, string> = {
  bereavement: 'grief-and-loss',
  grief: 'grief-and-loss',
  alcoholism: 'alcohol',
  'substance abuse': 'substance-use',
  'addiction recovery': 'substance-use',
  addiction: 'substance-use',
  'drug abuse': 'substance-use',
  'mental illness': 'mental-health',
  'behavioral health': 'mental-health',
  ptsd: 'trauma',
  'domestic abuse': 'domestic-violence',
  'intimate partner violence': 'domestic-violence',
  alzheimers: 'dementia',
  'alzheimer s disease': 'dementia',
  'suicide survivors': 'suicide-loss',
  caregivers: 'caregiving',
};

function byFoldedLabel(terms: typeof TOPICS): Map<string, string> {
  const map = new Map<string, string>();
  for (const term of terms) {
    map.set(foldText(term.id), term.id);
    map.set(foldText(term.labels.en), term.id);
    map.set(foldText(term.labels.es), term.id);
  }
  return map;
}

const TOPIC_BY_NAME = byFoldedLabel(TOPICS);
const AUDIENCE_BY_NAME = byFoldedLabel(AUDIENCES);

/** The directory values the attributes of a service carry. */
export function termValues(attributes: readonly HsdsAttribute[] | undefined): TermValues {
  const values: TermValues = {};
  const add = (field: TermField, value: string) => {
    const list = values[field] ?? [];
    if (!list.includes(value)) list.push(value);
    values[field] = list;
  };
  for (const attribute of attributes ?? []) {
    const term = attribute.taxonomy_term;
    const code = term?.code ?? '';
    if (term?.taxonomy === PEER_GROUPS_TAXONOMY) {
      const separator = code.indexOf(':');
      if (separator > 0) add(code.slice(0, separator) as TermField, code.slice(separator + 1));
      continue;
    }
    for (const text of [term?.name, attribute.value, attribute.label, code]) {
      if (typeof text !== 'string' || text.trim() === '') continue;
      const folded = foldText(text);
      const topic = TOPIC_BY_NAME.get(folded) ?? TOPIC_SYNONYMS[folded];
      if (topic !== undefined) add('topic', topic);
      const audience = AUDIENCE_BY_NAME.get(folded);
      if (audience !== undefined) add('audience', audience);
    }
  }
  return values;
}

/** An attribute of the `peer-groups` taxonomy saying `field` is `value`. */
export function termAttribute(serviceId: string, field: TermField, value: string): HsdsAttribute {
  const code = `${field}:${value}`;
  const id = `${serviceId}-${code}`.replace(/[^A-Za-z0-9_-]+/g, '-');
  return {
    id,
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: `peer-groups-${code}`.replace(/[^A-Za-z0-9_-]+/g, '-'),
    value,
    taxonomy_term: {
      id: `peer-groups-${code}`.replace(/[^A-Za-z0-9_-]+/g, '-'),
      code,
      name: value,
      taxonomy: PEER_GROUPS_TAXONOMY,
    },
  };
}
