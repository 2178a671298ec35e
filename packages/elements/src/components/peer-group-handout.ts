import { css, html, LitElement, nothing } from 'lit';
import { addressLines } from '../format/address.js';
import { safeHref } from '../format/links.js';
import { describeSchedules } from '../format/schedule.js';
import type { Listing } from '../listing.js';
import { localeOf, messagesFor } from '../locales/locale.js';
import { baseStyles } from '../styles/base.js';

/**
 * A one-page referral handout for a clinician's short list: each group's schedule, place or
 * join link, and contact, in black and white. Nothing about who it was printed for is kept.
 *
 * @tagname peer-group-handout
 * @summary A printable referral handout of several groups.
 * @csspart handout - The frame.
 * @csspart group - One group's entry.
 */
export class PeerGroupHandout extends LitElement {
  static override properties = {
    groups: { attribute: false },
    locale: {},
  };

  static override styles = [
    baseStyles,
    css`
      li {
        break-inside: avoid;
        margin-block-end: var(--_space);
      }
      ol {
        padding-inline-start: 1.5em;
      }
      @media print {
        :host {
          color: #000;
          font-size: 11pt;
        }
        a {
          color: #000;
        }
      }
    `,
  ];

  /** The groups on the handout, in order. */
  declare groups: Listing[];
  /** BCP 47 locale; defaults to the nearest `lang` attribute. */
  declare locale: string | undefined;

  constructor() {
    super();
    this.groups = [];
  }

  override render() {
    const locale = this.locale ?? localeOf(this);
    const text = messagesFor(locale);
    return html`<section part="handout">
      <h2>${text.handoutTitle}</h2>
      <ol>
        ${this.groups.map((group) => {
          const address = group.location?.address;
          const joinUrl = safeHref(group.online?.joinUrl);
          const contact = group.contact;
          return html`<li part="group">
            <h3>${group.name}</h3>
            <p>${describeSchedules(group.schedules, locale).join('; ')}</p>
            ${
              address
                ? html`<p>
                  ${[group.location?.venue, ...addressLines(address)].filter(Boolean).join(', ')}
                </p>`
                : nothing
            }
            ${joinUrl ? html`<p>${text.join(text.platformNames[group.online?.platform ?? 'other'])}: ${joinUrl}</p>` : nothing}
            ${group.online?.dialIn ? html`<p>${text.dialIn}: ${group.online.dialIn}</p>` : nothing}
            ${
              contact
                ? html`<p>
                  ${text.contact}:
                  ${[contact.name, contact.role, contact.phone, contact.email].filter(Boolean).join(', ')}
                </p>`
                : nothing
            }
          </li>`;
        })}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-group-handout': PeerGroupHandout;
  }
}
