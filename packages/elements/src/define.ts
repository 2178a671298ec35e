/**
 * Registers every element of `@peer-groups/elements`. The only module with side effects: import
 * it (or load the CDN bundle) once per page.
 *
 * @packageDocumentation
 */
import { PeerGroupCard } from './components/peer-group-card.js';
import { PeerGroupCorrection } from './components/peer-group-correction.js';
import { PeerGroupDetail } from './components/peer-group-detail.js';
import { PeerGroupFilters } from './components/peer-group-filters.js';
import { PeerGroupHandout } from './components/peer-group-handout.js';
import { PeerGroups } from './components/peer-groups.js';
import { defineElement } from './define-element.js';

defineElement('peer-group-card', PeerGroupCard);
defineElement('peer-group-correction', PeerGroupCorrection);
defineElement('peer-group-detail', PeerGroupDetail);
defineElement('peer-group-filters', PeerGroupFilters);
defineElement('peer-group-handout', PeerGroupHandout);
defineElement('peer-groups', PeerGroups);
