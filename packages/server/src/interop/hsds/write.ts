/**
 * Writing groups as HSDS 3.0 services, nested as the HSDS API's `/services/{id}` answers them.
 * Fields HSDS has no place for travel as terms of the `peer-groups` taxonomy; the room is the
 * venue address's second line, and the referral email and phone a contact of the
 * `Referrals` department.
 *
 * @packageDocumentation
 */
import type { Group } from '@peer-groups/core';
import { scheduleToHsds } from './schedule.js';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsLocation,
  HsdsPage,
  HsdsService,
  HsdsServiceAtLocation,
} from './service.js';
import { REFERRALS_DEPARTMENT, termAttribute, textTermAttribute } from './taxonomy.js';

const FEATURE_TEXT: Record<string, string> = {
  wheelchair: 'Wheelchair accessible',
  stepFree: 'Step-free access',
  accessibleRestroom: 'Accessible restroom',
  accessibleParking: 'Accessible parking',
  hearingLoop: 'Hearing loop',
  signLanguage: 'Sign language interpretation',
  largePrint: 'Large print materials',
  scentFree: 'Scent-free',
  publicTransit: 'Near public transit',
  childcare: 'Childcare available',
};

function attributesOf(group: Group): HsdsAttribute[] {
  const id = group.id;
  const attributes: HsdsAttribute[] = [
    ...group.topics.map((topic) => termAttribute(id, 'topic', topic)),
    ...group.audiences.map((audience) => termAttribute(id, 'audience', audience)),
    termAttribute(id, 'facilitation', group.facilitation),
    ...group.serves.map((serves) => termAttribute(id, 'serves', serves)),
    termAttribute(id, 'openness', group.openness),
    termAttribute(id, 'cost', group.cost),
    termAttribute(id, 'peerRun', String(group.peerRun)),
    termAttribute(id, 'acceptingNewMembers', String(group.acceptingNewMembers)),
    termAttribute(id, 'referrals', String(group.referrals.accepted)),
  ];
  if (group.location !== undefined) {
    attributes.push(
      termAttribute(id, 'atHealthcareFacility', String(group.location.atHealthcareFacility)),
    );
  }
  if (group.attendance !== 'inPerson' && group.online !== undefined) {
    attributes.push(termAttribute(id, 'platform', group.online.platform));
  }
  // Free text HSDS 3.0 has no field for: the attribute's value carries it.
  const network = group.organization?.network;
  if (network !== undefined) attributes.push(textTermAttribute(id, 'network', network));
  const contactUrl = group.contact?.url;
  if (contactUrl !== undefined) attributes.push(textTermAttribute(id, 'contactUrl', contactUrl));
  const referralsUrl = group.referrals.url;
  if (referralsUrl !== undefined) {
    attributes.push(textTermAttribute(id, 'referralsUrl', referralsUrl));
  }
  return attributes;
}

/** The contacts of a service: the public contact, then the one referrals go to. */
function contactsOf(group: Group): HsdsContact[] {
  const contacts: HsdsContact[] = [];
  const contact = group.contact;
  if (contact?.name !== undefined || contact?.role !== undefined) {
    contacts.push({
      id: `${group.id}-contact`,
      service_id: group.id,
      name: contact.name ?? null,
      title: contact.role ?? null,
      email: contact.email ?? null,
    });
  }
  const { email, phone } = group.referrals;
  if (email !== undefined || phone !== undefined) {
    const id = `${group.id}-referrals`;
    contacts.push({
      id,
      service_id: group.id,
      department: REFERRALS_DEPARTMENT,
      email: email ?? null,
      phones: phone === undefined ? [] : [{ id: `${id}-phone`, number: phone, type: 'voice' }],
    });
  }
  return contacts;
}

function physicalLocation(group: Group): HsdsServiceAtLocation | undefined {
  const location = group.location;
  if (location === undefined) return undefined;
  const locationId = `${group.id}-venue`;
  const { address } = location;
  const hsds: HsdsLocation = {
    id: locationId,
    location_type: 'physical',
    name: location.venue ?? null,
    latitude: location.coordinates.lat,
    longitude: location.coordinates.lng,
    transportation: location.directions ?? null,
    addresses: [
      {
        id: `${locationId}-address`,
        location_id: locationId,
        address_1: address.street ?? null,
        address_2: location.room ?? null,
        city: address.locality,
        state_province: address.region ?? null,
        region: address.region ?? null,
        postal_code: address.postalCode ?? null,
        country: address.country,
        address_type: 'physical',
      },
    ],
    accessibility: location.accessibility.map((feature) => ({
      id: `${locationId}-${feature}`,
      location_id: locationId,
      description: FEATURE_TEXT[feature] ?? feature,
    })),
  };
  return {
    id: `${group.id}-at-venue`,
    service_id: group.id,
    location_id: locationId,
    location: hsds,
  };
}

function virtualLocation(group: Group): HsdsServiceAtLocation | undefined {
  const online = group.attendance === 'inPerson' ? undefined : group.online;
  if (online === undefined) return undefined;
  const locationId = `${group.id}-online`;
  const hsds: HsdsLocation = {
    id: locationId,
    location_type: 'virtual',
    name: `Online (${online.platform})`,
    url: online.joinUrl ?? null,
    description: online.instructions ?? null,
    phones:
      online.dialIn === undefined
        ? []
        : [
            {
              id: `${locationId}-phone`,
              number: online.dialIn,
              extension: online.accessCode ?? null,
              type: 'voice',
            },
          ],
  };
  return {
    id: `${group.id}-at-online`,
    service_id: group.id,
    location_id: locationId,
    location: hsds,
  };
}

/**
 * The HSDS service of `group`. Schedules carry the UTC offset of their zone at `atMs` (HSDS has
 * no zone names); read them back with the zone given to the import.
 */
export function groupToHsdsService(group: Group, atMs: number): HsdsService {
  const links = [physicalLocation(group), virtualLocation(group)].filter(
    (link): link is HsdsServiceAtLocation => link !== undefined,
  );
  const contact = group.contact;
  const service: HsdsService = {
    id: group.id,
    name: group.name,
    description: group.description,
    url: group.website ?? null,
    email: contact?.email ?? null,
    status: 'active',
    fees_description: group.costNote ?? null,
    minimum_age: group.ageRange?.min ?? null,
    maximum_age: group.ageRange?.max ?? null,
    application_process: group.referrals.how ?? null,
    last_modified: group.lastVerified,
    service_at_locations: links,
    schedules: group.schedules.map((schedule, index) =>
      scheduleToHsds(schedule, `${group.id}-schedule-${index + 1}`, group.id, atMs),
    ),
    phones:
      contact?.phone === undefined
        ? []
        : [{ id: `${group.id}-phone`, number: contact.phone, type: 'voice' }],
    languages: group.languages.map((code) => ({ id: `${group.id}-${code}`, code })),
    cost_options:
      group.cost === 'fee'
        ? [
            {
              id: `${group.id}-cost`,
              service_id: group.id,
              option: 'Fee',
              amount_description: group.costNote ?? 'Fee',
            },
          ]
        : [],
    contacts: contactsOf(group),
    attributes: attributesOf(group),
  };
  if (group.organization !== undefined) {
    service.organization_id = `${group.id}-organization`;
    service.organization = {
      id: `${group.id}-organization`,
      name: group.organization.name,
      website: group.organization.url ?? null,
    };
  }
  return service;
}

/** One page of services, as the HSDS API's `/services` answers. `page` counts from 1. */
export function hsdsServicePage(
  groups: readonly Group[],
  page: number,
  perPage: number,
  atMs: number,
): HsdsPage<HsdsService> {
  const totalPages = Math.max(1, Math.ceil(groups.length / perPage));
  const contents = groups
    .slice((page - 1) * perPage, page * perPage)
    .map((group) => groupToHsdsService(group, atMs));
  return {
    total_items: groups.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
