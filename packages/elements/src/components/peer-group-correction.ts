import type { SubmissionInput } from '@peer-groups/core';
import { html, LitElement, nothing } from 'lit';
import { clientFor, type DirectoryClient } from '../client.js';
import { localeOf, messagesFor } from '../locales/locale.js';
import { baseStyles } from '../styles/base.js';

type Phase = 'editing' | 'blank' | 'sending' | 'sent' | 'failed';

/**
 * A short form that tells the directory's curators a listing is out of date. It posts a
 * `correction` submission; nothing is published until a curator checks it.
 *
 * @tagname peer-group-correction
 * @summary "Suggest a correction" for one listing.
 * @fires peer-group-correction-close - The patient closed the form.
 * @csspart form - The form.
 * @csspart note - The text of the correction.
 * @csspart email - The optional email field.
 */
export class PeerGroupCorrection extends LitElement {
  static override properties = {
    groupId: { attribute: 'group-id' },
    api: {},
    client: { attribute: false },
    locale: {},
    _phase: { state: true },
  };

  static override styles = [baseStyles];

  /** The group the correction is about. */
  declare groupId: string | undefined;
  /** Base URL of the directory API. */
  declare api: string | undefined;
  /** A client of the directory; one for `api` when unset. */
  declare client: DirectoryClient | undefined;
  /** BCP 47 locale; defaults to the nearest `lang` attribute. */
  declare locale: string | undefined;
  declare _phase: Phase;

  constructor() {
    super();
    this._phase = 'editing';
  }

  override render() {
    const text = messagesFor(this.locale ?? localeOf(this));
    const status = { blank: text.noteRequired, sent: text.sent, failed: text.sendFailed };
    // One status region for the form's whole life: a region created with its words already in
    // it is often not announced.
    return html`${
      this._phase === 'sent'
        ? html`<button type="button" @click=${this.#close}>${text.close}</button>`
        : html`<form part="form" @submit=${this.#submit}>
            <p>
              <label for="note">${text.correctionNote}</label><br />
              <textarea
                id="note"
                part="note"
                name="note"
                rows="4"
                cols="40"
                maxlength="2000"
                required
                aria-invalid=${this._phase === 'blank' ? 'true' : 'false'}
                aria-describedby="correction-status"
              ></textarea>
            </p>
            <p>
              <label for="email">${text.correctionEmail}</label><br />
              <input id="email" part="email" name="email" type="email" autocomplete="email" maxlength="254" />
            </p>
            <div class="row">
              <button type="submit" class="primary" ?disabled=${this._phase === 'sending'}>${text.send}</button>
              <button type="button" @click=${this.#close}>${text.cancel}</button>
            </div>
          </form>`
    }
      <p id="correction-status" role="status">${this._phase in status ? status[this._phase as keyof typeof status] : nothing}</p>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const note = String(form.get('note') ?? '').trim();
    const email = String(form.get('email') ?? '').trim();
    const client = this.client ?? (this.api ? clientFor(this.api) : undefined);
    if (note === '') {
      // Spaces alone pass the browser's own check of `required`; say what is missing instead.
      this._phase = 'blank';
      this.renderRoot.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    if (this.groupId === undefined || client === undefined) return;
    const input: SubmissionInput = { kind: 'correction', groupId: this.groupId, note };
    if (email !== '') input.submitter = { email };
    // The Send button goes away with the form; keep focus on the thanks if it was on the form.
    const hadFocus = this.shadowRoot?.activeElement != null;
    this._phase = 'sending';
    try {
      await client.submissions.create(input);
      this._phase = 'sent';
      await this.updateComplete;
      if (hadFocus && (document.activeElement ?? document.body) === document.body) {
        this.renderRoot.querySelector<HTMLElement>('button')?.focus();
      }
    } catch {
      this._phase = 'failed';
    }
  }

  #close(): void {
    this.dispatchEvent(new CustomEvent('peer-group-correction-close'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-group-correction': PeerGroupCorrection;
  }
}
