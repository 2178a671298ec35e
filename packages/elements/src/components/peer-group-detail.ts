import { AUDIENCES, TOPICS, termLabel } from '@peer-groups/core';
import { css, html, LitElement, nothing } from 'lit';
import type { DirectoryClient } from '../client.js';
import { addressLines } from '../format/address.js';
import { formatDistance } from '../format/distance.js';
import { dateFormat } from '../format/intl-cache.js';
import { languageName } from '../format/language.js';
import { calendarHref, directionsHref, safeHref, telHref } from '../format/links.js';
import { describeNext } from '../format/next-meeting.js';
import { describeSchedules } from '../format/schedule.js';
import type { Listing } from '../listing.js';
import { localeOf, messagesFor } from '../locales/locale.js';
import type { Messages } from '../locales/messages.js';
import { baseStyles } from '../styles/base.js';

/**
 * Everything about one group: its schedule in words, description, venue with directions,
 * accessibility, how to join online, contact, referrals and when the listing was last verified;
 * with add to calendar, share, print and "suggest a correction".
 *
 * @tagname peer-group-detail
 * @summary The full listing of one peer support group.
 * @csspart detail - The frame.
 * @csspart heading - The group's name; focus moves here when the detail opens.
 * @csspart now - The "happening now" or "starts within the hour" badge.
 * @csspart section - Each titled section (when, where, join, contact, referrals).
 * @csspart actions - The row of action buttons.
 * @csspart join - The join link of an online group.
 * @csspart directions - The link to the patient's map app.
 * @csspart verified - When the listing was last verified.
 * @csspart correction - The "suggest a correction" form's frame (`peer-group-correction`).
 * @csspart correction-form - The correction's form (forwarded from `peer-group-correction`).
 * @csspart correction-note - The text of the correction (forwarded).
 * @csspart correction-email - The correction's optional email field (forwarded).
 */
export class PeerGroupDetail extends LitElement {
  static override properties = {
    group: { attribute: false },
    locale: {},
    api: {},
    client: { attribute: false },
    shareUrl: { attribute: 'share-url' },
    _correcting: { state: true },
    _status: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      .description {
        white-space: pre-line;
      }
      section {
        margin-block-end: var(--_space);
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--_focus);
      }
      h3 {
        font-size: 1em;
      }
      @media print {
        .actions,
        peer-group-correction {
          display: none;
        }
      }
    `,
  ];

  /** The group shown. */
  declare group: Listing | undefined;
  /** BCP 47 locale; defaults to the nearest `lang` attribute. */
  declare locale: string | undefined;
  /** Base URL of the directory API, for the calendar link and corrections. */
  declare api: string | undefined;
  /** A client of the directory to send corrections with; one for `api` when unset. */
  declare client: DirectoryClient | undefined;
  /** The address shared for this group; the page's address when unset. */
  declare shareUrl: string | undefined;
  declare _correcting: boolean;
  declare _status: string;

  constructor() {
    super();
    this._correcting = false;
    this._status = '';
  }

  /** Moves focus to the group's name, so a screen reader starts reading the detail there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('group')) {
      this._correcting = false;
      this._status = '';
    }
  }

  override render() {
    const group = this.group;
    if (group === undefined) return nothing;
    const locale = this.locale ?? localeOf(this);
    const text = messagesFor(locale);
    const next = describeNext(group, locale);
    const labels = [
      ...group.topics.map((id) => termLabel(TOPICS, id, locale)),
      ...group.audiences.map((id) => termLabel(AUDIENCES, id, locale)),
    ];
    return html`<article part="detail">
      <h2 part="heading" tabindex="-1">${group.name}</h2>
      <p class="muted">${labels.join(' · ')}</p>
      ${
        next === undefined
          ? nothing
          : html`<p>
            ${text.nextMeeting}: <strong>${next.text}</strong>
            ${next.status ? html`<span class="badge" part="now">${next.status}</span>` : nothing}
          </p>`
      }
      <section part="section">
        <h3>${text.when}</h3>
        <ul>
          ${describeSchedules(group.schedules, locale).map((line) => html`<li>${line}</li>`)}
        </ul>
      </section>
      <p class="description">${group.description}</p>
      <p>
        ${[
          text.attendanceNames[group.attendance],
          group.costNote
            ? `${text.costNames[group.cost]} (${group.costNote})`
            : text.costNames[group.cost],
          text.opennessNames[group.openness],
          text.facilitationNames[group.facilitation],
          group.languages.map((tag) => languageName(tag, locale)).join(', '),
        ].join(' · ')}
      </p>
      ${this.#renderVenue(group, text, locale)} ${this.#renderOnline(group, text)}
      ${this.#renderContact(group, text)} ${this.#renderReferrals(group, text)}
      <p part="verified" class="muted">
        ${text.verified(
          dateFormat(locale, { dateStyle: 'long' }).format(new Date(group.lastVerified)),
        )}
      </p>
      <div class="row actions" part="actions">
        ${
          this.api
            ? html`<a
              class="button"
              href=${calendarHref(this.api, group.id)}
              referrerpolicy="no-referrer"
              download="${group.slug}.ics"
              >${text.addToCalendar}</a
            >`
            : nothing
        }
        <button type="button" @click=${this.#share}>${text.share}</button>
        <button type="button" @click=${() => window.print()}>${text.print}</button>
        <button
          type="button"
          aria-expanded=${this._correcting ? 'true' : 'false'}
          @click=${this.#toggleCorrection}
        >
          ${text.suggestCorrection}
        </button>
      </div>
      <p role="status">${this._status}</p>
      ${
        this._correcting
          ? html`<peer-group-correction
            part="correction"
            exportparts="form: correction-form, note: correction-note, email: correction-email"
            .groupId=${group.id}
            .api=${this.api}
            .client=${this.client}
            .locale=${locale}
            @peer-group-correction-close=${this.#closeCorrection}
          ></peer-group-correction>`
          : nothing
      }
    </article>`;
  }

  #renderVenue(group: Listing, text: Messages, locale: string) {
    const location = group.location;
    if (location === undefined) return nothing;
    const lines = [location.venue, location.room, ...addressLines(location.address)].filter(
      (line): line is string => Boolean(line),
    );
    return html`<section part="section">
      <h3>${text.venue}</h3>
      <address>${lines.map((line) => html`${line}<br />`)}</address>
      ${group.distanceKm === undefined ? nothing : html`<p>${text.away(formatDistance(group.distanceKm, locale))}</p>`}
      ${location.directions ? html`<p class="description">${location.directions}</p>` : nothing}
      <p>
        <a part="directions" href=${directionsHref(location.coordinates)} rel="noopener noreferrer" target="_blank"
          >${text.directions}</a
        >
      </p>
      ${
        location.accessibility.length === 0
          ? nothing
          : html`<h3>${text.accessibility}</h3>
            <ul>
              ${location.accessibility.map((feature) => html`<li>${text.accessibilityNames[feature]}</li>`)}
            </ul>`
      }
    </section>`;
  }

  #renderOnline(group: Listing, text: Messages) {
    const online = group.online;
    if (online === undefined) return nothing;
    const joinUrl = safeHref(online.joinUrl);
    return html`<section part="section">
      <h3>${text.joinOnline}</h3>
      ${
        joinUrl === undefined
          ? nothing
          : html`<p>
            <a part="join" href=${joinUrl} rel="noopener noreferrer" target="_blank"
              >${text.join(text.platformNames[online.platform])}</a
            >
          </p>`
      }
      ${online.dialIn ? html`<p>${text.dialIn}: <a href=${telHref(online.dialIn)}>${online.dialIn}</a></p>` : nothing}
      ${online.accessCode ? html`<p>${text.accessCode}: ${online.accessCode}</p>` : nothing}
      ${online.instructions ? html`<p class="description">${online.instructions}</p>` : nothing}
    </section>`;
  }

  #renderContact(group: Listing, text: Messages) {
    const contact = group.contact;
    const website = safeHref(group.website);
    if (contact === undefined && website === undefined) return nothing;
    const url = safeHref(contact?.url);
    return html`<section part="section">
      <h3>${text.contact}</h3>
      ${contact?.name || contact?.role ? html`<p>${[contact.name, contact.role].filter(Boolean).join(', ')}</p>` : nothing}
      ${contact?.phone ? html`<p><a href=${telHref(contact.phone)}>${contact.phone}</a></p>` : nothing}
      ${contact?.email ? html`<p><a href=${`mailto:${contact.email}`}>${contact.email}</a></p>` : nothing}
      ${url ? html`<p><a href=${url} rel="noopener noreferrer" target="_blank">${url}</a></p>` : nothing}
      ${website ? html`<p><a href=${website} rel="noopener noreferrer" target="_blank">${text.website}</a></p>` : nothing}
    </section>`;
  }

  #renderReferrals(group: Listing, text: Messages) {
    const referrals = group.referrals;
    const url = safeHref(referrals.url);
    return html`<section part="section">
      <h3>${text.referrals}</h3>
      <p>${referrals.accepted ? text.referralsYes : text.referralsNo}</p>
      ${referrals.how ? html`<p class="description">${referrals.how}</p>` : nothing}
      ${referrals.phone ? html`<p><a href=${telHref(referrals.phone)}>${referrals.phone}</a></p>` : nothing}
      ${referrals.email ? html`<p><a href=${`mailto:${referrals.email}`}>${referrals.email}</a></p>` : nothing}
      ${url ? html`<p><a href=${url} rel="noopener noreferrer" target="_blank">${url}</a></p>` : nothing}
    </section>`;
  }

  async #share(): Promise<void> {
    const group = this.group;
    if (group === undefined) return;
    const url = this.shareUrl ?? location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: group.name, url });
        return;
      } catch (error) {
        // The patient closed the share sheet: nothing to report. Any other refusal copies instead.
        if (error instanceof Error && error.name === 'AbortError') return;
      }
    }
    const text = messagesFor(this.locale ?? localeOf(this));
    try {
      // Missing outside secure contexts, and refused when the page may not write the clipboard.
      await navigator.clipboard.writeText(url);
      this._status = text.copied;
    } catch {
      this._status = text.copyFailed(url);
    }
  }

  #toggleCorrection(): void {
    this._correcting = !this._correcting;
  }

  async #closeCorrection(): Promise<void> {
    this._correcting = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-expanded]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-group-detail': PeerGroupDetail;
  }
}
