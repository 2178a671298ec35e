import {
  AUDIENCES,
  attendanceSchema,
  type Facets,
  TOPICS,
  termLabel,
  timeOfDaySchema,
  WEEKDAYS,
} from '@peer-groups/core';
import { css, html, LitElement, nothing } from 'lit';
import { numberFormat } from '../format/intl-cache.js';
import { languageName } from '../format/language.js';
import { weekdayName } from '../format/weekday.js';
import { localeOf, messagesFor } from '../locales/locale.js';
import { clearFilters, emptyState, type SearchState } from '../state/search-state.js';
import { baseStyles } from '../styles/base.js';

type ListKey = 'topics' | 'audiences' | 'attendance' | 'days' | 'timeOfDay' | 'languages';
type FlagKey = 'free' | 'accessible' | 'acceptsReferrals' | 'atFacility' | 'soon';

interface Option {
  value: string;
  label: string;
  count?: number;
}

/**
 * The filters of a search: topic, audience, attendance, day, time of day, language, and yes/no
 * filters, with counts from the directory's facets and "clear all".
 *
 * @tagname peer-group-filters
 * @summary Search filters with counts.
 * @fires peer-group-filters-change - A filter changed; `detail.state` is the new search state.
 * @csspart filters - The frame.
 * @csspart group - One fieldset of options.
 * @csspart clear - The "clear all filters" button.
 */
export class PeerGroupFilters extends LitElement {
  static override properties = {
    state: { attribute: false },
    facets: { attribute: false },
    locale: {},
  };

  // A count stays on one line: labels wrap anywhere, and "(7" over ")" reads as two things.
  static override styles = [
    baseStyles,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 var(--_space);
      }
      legend {
        font-weight: 700;
        padding: 0;
      }
      label {
        display: flex;
        gap: 0.5em;
        align-items: center;
        min-block-size: 24px;
      }
      .count {
        white-space: nowrap;
      }
    `,
  ];

  /** The current search. */
  declare state: SearchState;
  /** Counts per filter value from the last results. */
  declare facets: Facets | undefined;
  /** BCP 47 locale; defaults to the nearest `lang` attribute. */
  declare locale: string | undefined;

  constructor() {
    super();
    this.state = emptyState();
  }

  override render() {
    const locale = this.locale ?? localeOf(this);
    const text = messagesFor(locale);
    const facets = this.facets;
    const fromFacet = (key: keyof Facets, selected: string[], label: (id: string) => string) => {
      const values = new Set([...Object.keys(facets?.[key] ?? {}), ...selected]);
      return [...values].map((value) => ({
        value,
        label: label(value),
        count: facets?.[key][value],
      }));
    };
    const fixed = (
      values: readonly string[],
      key: keyof Facets | undefined,
      label: (id: string) => string,
    ) =>
      values.map((value) => ({
        value,
        label: label(value),
        count: key === undefined ? undefined : (facets?.[key][value] ?? (facets ? 0 : undefined)),
      }));
    return html`<div part="filters">
      ${this.#group(
        'topics',
        text.topics,
        fromFacet('topics', this.state.topics, (id) => termLabel(TOPICS, id, locale)),
      )}
      ${this.#group(
        'audiences',
        text.audiences,
        fromFacet('audiences', this.state.audiences, (id) => termLabel(AUDIENCES, id, locale)),
      )}
      ${this.#group(
        'attendance',
        text.attendance,
        fixed(attendanceSchema.options, 'attendance', (id) => text.attendanceNames[id as 'online']),
      )}
      ${this.#group(
        'days',
        text.days,
        fixed(WEEKDAYS, 'days', (id) => weekdayName(id as 'mon', locale)),
      )}
      ${this.#group(
        'timeOfDay',
        text.timeOfDay,
        fixed(timeOfDaySchema.options, undefined, (id) => text.timeOfDayNames[id as 'morning']),
      )}
      ${this.#group(
        'languages',
        text.languages,
        fromFacet('languages', this.state.languages, (id) => languageName(id, locale)),
      )}
      <fieldset part="group">
        <legend>${text.more}</legend>
        ${this.#flag('free', text.free)} ${this.#flag('accessible', text.accessible)}
        ${this.#flag('acceptsReferrals', text.acceptsReferrals)} ${this.#flag('atFacility', text.atFacility)}
        ${this.#flag('soon', text.withinWeek)}
      </fieldset>
      <button type="button" part="clear" @click=${this.#clear}>${text.clearAll}</button>
    </div>`;
  }

  #group(key: ListKey, legend: string, options: Option[]) {
    if (options.length === 0) return nothing;
    const selected: readonly string[] = this.state[key];
    const count = numberFormat(this.locale ?? localeOf(this));
    return html`<fieldset part="group">
      <legend>${legend}</legend>
      ${options.map(
        (option) => html`<label
          ><input
            type="checkbox"
            .checked=${selected.includes(option.value)}
            @change=${(event: Event) => this.#toggle(key, option.value, event)}
          />${option.label}${option.count === undefined ? nothing : html` <span class="muted count">(${count.format(option.count)})</span>`}</label
        >`,
      )}
    </fieldset>`;
  }

  #flag(key: FlagKey, label: string) {
    return html`<label
      ><input
        type="checkbox"
        .checked=${this.state[key]}
        @change=${(event: Event) => this.#emit({ ...this.state, [key]: (event.target as HTMLInputElement).checked })}
      />${label}</label
    >`;
  }

  #toggle(key: ListKey, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current: string[] = this.state[key];
    const next = checked ? [...current, value] : current.filter((item) => item !== value);
    this.#emit({ ...this.state, [key]: next });
  }

  #clear(): void {
    this.#emit(clearFilters(this.state));
  }

  #emit(state: SearchState): void {
    this.state = state;
    this.dispatchEvent(new CustomEvent('peer-group-filters-change', { detail: { state } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-group-filters': PeerGroupFilters;
  }
}
