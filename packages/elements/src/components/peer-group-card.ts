import { TOPICS, termLabel } from '@peer-groups/core';
import { css, html, LitElement, nothing } from 'lit';
import { fire, type PeerGroupsSelectDetail } from '../events.js';
import { formatDistance } from '../format/distance.js';
import { languageName } from '../format/language.js';
import { describeNext } from '../format/next-meeting.js';
import type { Listing } from '../listing.js';
import { localeOf, messagesFor } from '../locales/locale.js';
import { baseStyles } from '../styles/base.js';

/**
 * One group in a list of results: name, topics, next meeting in the viewer's time zone,
 * distance, attendance and languages.
 *
 * @tagname peer-group-card
 * @summary A search result: one peer support group at a glance.
 * @fires peer-groups-select - The patient opened the group (`detail.group`).
 * @fires peer-group-pick - The group was added to or removed from the short list (`detail.picked`).
 * @csspart card - The card's frame.
 * @csspart name - The group's name, a button that opens it.
 * @csspart topics - The topic labels.
 * @csspart next - The next meeting.
 * @csspart now - The "happening now" or "starts within the hour" badge.
 * @csspart facts - Distance, attendance and languages.
 * @csspart pick - The short-list checkbox and its label.
 */
export class PeerGroupCard extends LitElement {
  static override properties = {
    group: { attribute: false },
    locale: {},
    pickable: { type: Boolean },
    picked: { type: Boolean },
  };

  static override styles = [
    baseStyles,
    css`
      article {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) * 0.75);
        background: var(--_bg);
      }
      h3 {
        font-size: 1.125em;
      }
      .name {
        border: 0;
        padding: 0;
        text-align: start;
        text-decoration: underline;
        font-weight: 700;
      }
    `,
  ];

  /** The group shown. */
  declare group: Listing | undefined;
  /** BCP 47 locale; defaults to the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Whether to offer the short-list checkbox. */
  declare pickable: boolean;
  /** Whether the group is on the short list. */
  declare picked: boolean;

  constructor() {
    super();
    this.pickable = false;
    this.picked = false;
  }

  /** Moves focus to the button that opens the group, as when coming back from its details. */
  focusName(): void {
    this.renderRoot.querySelector<HTMLElement>('.name')?.focus();
  }

  override render() {
    const group = this.group;
    if (group === undefined) return nothing;
    const locale = this.locale ?? localeOf(this);
    const text = messagesFor(locale);
    const next = describeNext(group, locale);
    const facts = [text.attendanceNames[group.attendance]];
    if (group.distanceKm !== undefined) {
      facts.unshift(text.away(formatDistance(group.distanceKm, locale)));
    }
    facts.push(group.languages.map((tag) => languageName(tag, locale)).join(', '));
    return html`<article part="card">
      <h3><button class="name" part="name" @click=${this.#open}>${group.name}</button></h3>
      <p part="topics" class="muted">
        ${group.topics.map((id) => termLabel(TOPICS, id, locale)).join(' · ')}
      </p>
      <p part="next">
        ${next === undefined ? text.noUpcoming : html`${text.nextMeeting}: <strong>${next.text}</strong>`}
        ${next?.status ? html` <span class="badge" part="now">${next.status}</span>` : nothing}
      </p>
      <p part="facts">${facts.join(' · ')}</p>
      ${
        this.pickable
          ? html`<label part="pick" class="row"
              ><input type="checkbox" .checked=${this.picked} @change=${this.#pick} /><span
                class="visually-hidden"
                >${group.name}: </span
              >${text.pick}</label
            >`
          : nothing
      }
    </article>`;
  }

  #open(): void {
    if (this.group === undefined) return;
    fire<PeerGroupsSelectDetail>(this, 'peer-groups-select', { group: this.group });
  }

  #pick(event: Event): void {
    this.picked = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new CustomEvent('peer-group-pick', { detail: { picked: this.picked } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-group-card': PeerGroupCard;
  }
}
