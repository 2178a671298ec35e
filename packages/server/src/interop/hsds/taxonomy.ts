/**
 * HSDS taxonomy terms and the directory's fields. The export writes each field the directory
 * has and HSDS lacks (topics, audiences, facilitation, whom a group serves, openness, the
 * platform, the network, contact and referral links) as a term of the `peer-groups` taxonomy,
 * which the import reads back; terms of other taxonomies are matched to topics and audiences by
 * name.
 *
 * @packageDocumentation
 */
import { AUDIENCES, TOPICS } from '@peer-groups/core';
import { foldText } from '../../search/fold-text.js';
import type { HsdsAttribute } from './service.js';

/** The taxonomy name of the terms the export writes. */
export const PEER_GROUPS_TAXONOMY = 'peer-groups';

/** The `department` of the contact a service's referrals go to, as the export writes it. */
export const REFERRALS_DEPARTMENT = 'Referrals';

/** The directory fields a term sets with one of a few values, as `field:value` codes. */
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
  | 'atHealthcareFacility'
  | 'platform';

/**
 * The directory fields of free text a term carries: the term's code is the field, the
 * attribute's `value` the text (HSDS's place for "the value of an attribute").
 */
export type TextTermField = 'network' | 'contactUrl' | 'referralsUrl';

const TEXT_TERM_FIELDS: readonly string[] = [
  'network',
  'contactUrl',
  'referralsUrl',
] satisfies readonly TextTermField[];

/** What a service's terms say, field by field. */
export type TermValues = Partial<Record<TermField | TextTermField, string[]>>;

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
  const add = (field: TermField | TextTermField, value: string) => {
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
      else if (TEXT_TERM_FIELDS.includes(code) && typeof attribute.value === 'string') {
        add(code as TextTermField, attribute.value);
      }
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

function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** An attribute of the `peer-groups` taxonomy saying `field` is `value`. */
export function termAttribute(serviceId: string, field: TermField, value: string): HsdsAttribute {
  const code = `${field}:${value}`;
  const termId = idPart(`peer-groups-${code}`);
  return {
    id: idPart(`${serviceId}-${code}`),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: termId,
    value,
    taxonomy_term: { id: termId, code, name: value, taxonomy: PEER_GROUPS_TAXONOMY },
  };
}

/** An attribute of the `peer-groups` taxonomy carrying the text of `field` as its value. */
export function textTermAttribute(
  serviceId: string,
  field: TextTermField,
  value: string,
): HsdsAttribute {
  const termId = `peer-groups-${field}`;
  return {
    id: idPart(`${serviceId}-${field}`),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: termId,
    value,
    taxonomy_term: { id: termId, code: field, name: field, taxonomy: PEER_GROUPS_TAXONOMY },
  };
}
