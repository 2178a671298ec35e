import { Task } from '@lit/task';
import type { SearchPage, SearchQuery } from '@peer-groups/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { clientFor, type DirectoryClient, type PageDrops } from '../client.js';
import {
  fire,
  type PeerGroupsErrorDetail,
  type PeerGroupsSearchDetail,
  type PeerGroupsSelectDetail,
} from '../events.js';
import { formatDistance } from '../format/distance.js';
import { numberFormat } from '../format/intl-cache.js';
import { warmFormatters } from '../format/warm-formatters.js';
import type { Listing } from '../listing.js';
import { localeOf, messagesFor } from '../locales/locale.js';
import type { Messages } from '../locales/messages.js';
import { classifyError } from '../state/classify-error.js';
import type { ErrorState } from '../state/error-kind.js';
import {
  emptyState,
  hasSearch,
  readParams,
  type SearchState,
  splitList,
  toQuery,
  writeParams,
} from '../state/search-state.js';
import { baseStyles } from '../styles/base.js';
import type { PeerGroupCard } from './peer-group-card.js';
import type { PeerGroupDetail } from './peer-group-detail.js';
import { peerGroupsStyles } from './peer-groups.styles.js';

type View = 'results' | 'detail' | 'handout';

/** Decimal places kept of a browser position: two is about 1 km, enough to find groups nearby. */
const COARSE_DECIMALS = 2;
const SKELETON_CARDS = 3;
/**
 * Cards rendered per animation frame. A page of 100 results rendered at once blocks the main
 * thread for well over 50 ms; in slices the first results paint at once and input stays live.
 */
const CARDS_PER_FRAME = 12;

/** Container width, in rem, from which the filters sit beside the results (see the styles). */
const TWO_COLUMNS_REM = 48;

/**
 * Whether `element` is laid out narrower than two columns. There the filters start folded, so a
 * phone shows results first and the filter lists growing with their counts move nothing below.
 */
function isNarrow(element: HTMLElement): boolean {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const width = element.clientWidth;
  return width > 0 && width < TWO_COLUMNS_REM * rem;
}

function coarse(degrees: number): number {
  return Number(degrees.toFixed(COARSE_DECIMALS));
}

/**
 * The whole finder: where, filters, results, a group's details, a clinician's short list and
 * its printed handout. Attributes set the clinic's defaults; with `sync-url` the search lives in
 * the page's address, so links reopen it and back and forward work.
 *
 * @tagname peer-groups
 * @summary Finds local and online peer support groups on a clinic's website.
 * @fires peer-groups-search - A search finished (`detail.query`; `detail.total`, the groups found less any the client left out as malformed).
 * @fires peer-groups-select - The patient opened a group (`detail.group`).
 * @fires peer-groups-error - A search or listing failed (`detail.kind`, `detail.error`).
 * @csspart base - The widget's frame.
 * @csspart title - The heading.
 * @csspart search - The search form.
 * @csspart place - The postal code or place field.
 * @csspart locate - The "use my location" button.
 * @csspart submit - The search button.
 * @csspart filters - The filters disclosure.
 * @csspart filter-group - One fieldset of filter options (forwarded from `peer-group-filters`).
 * @csspart filter-clear - The "clear all filters" button (forwarded from `peer-group-filters`).
 * @csspart sort - The sort menu.
 * @csspart results - The list of results.
 * @csspart card - Each result card (forwarded from `peer-group-card`, as are the `card-` parts).
 * @csspart card-name - A card's group name, the button that opens it.
 * @csspart card-topics - A card's topic labels.
 * @csspart card-next - A card's next meeting.
 * @csspart card-now - A card's "happening now" or "starts within the hour" badge.
 * @csspart card-facts - A card's distance, attendance and languages.
 * @csspart card-pick - A card's short-list checkbox and its label.
 * @csspart skeleton - Placeholder cards while results load.
 * @csspart more - The "show more" button.
 * @csspart notice - Messages for empty results and failures.
 * @csspart retry - The "try again" button.
 * @csspart back - The "back to results" button.
 * @csspart detail - The open group (forwarded from `peer-group-detail`, as are the `detail-` and `correction` parts).
 * @csspart detail-heading - The open group's name.
 * @csspart detail-section - Each titled section of the open group (when, where, join, contact, referrals).
 * @csspart detail-now - The open group's "happening now" or "starts within the hour" badge.
 * @csspart detail-actions - The row of the open group's action buttons.
 * @csspart detail-join - The join link of an online group.
 * @csspart detail-directions - The link to the patient's map app.
 * @csspart detail-verified - When the open group's listing was last verified.
 * @csspart correction - The "suggest a correction" form's frame.
 * @csspart correction-form - The correction form.
 * @csspart correction-note - The text of the correction.
 * @csspart correction-email - The optional email field of the correction.
 * @csspart shortlist - The clinician's short-list bar.
 * @csspart handout - The printable referral handout (forwarded from `peer-group-handout`).
 * @csspart handout-group - One group's entry on the handout.
 * @cssprop --peer-groups-color-text - Text color.
 * @cssprop --peer-groups-color-background - Background of cards and fields.
 * @cssprop --peer-groups-color-surface - Background of the form, notices and placeholders.
 * @cssprop --peer-groups-color-muted - Secondary text.
 * @cssprop --peer-groups-color-accent - Links and buttons.
 * @cssprop --peer-groups-color-on-accent - Text on accent-colored buttons.
 * @cssprop --peer-groups-color-border - Borders of cards and fields.
 * @cssprop --peer-groups-color-alert - Border of failure notices.
 * @cssprop --peer-groups-color-now - The "happening now" badge.
 * @cssprop --peer-groups-color-focus - The focus ring.
 * @cssprop --peer-groups-radius - Corner radius.
 * @cssprop --peer-groups-spacing - Base spacing.
 * @cssprop --peer-groups-font - Font family; the host page's by default.
 */
export class PeerGroups extends LitElement {
  static override properties = {
    api: {},
    near: {},
    radiusKm: { attribute: 'radius-km', type: Number },
    online: { type: Boolean },
    q: {},
    topics: {},
    audiences: {},
    attendance: {},
    days: {},
    timeOfDay: { attribute: 'time-of-day' },
    languages: {},
    free: { type: Boolean },
    accessible: { type: Boolean },
    acceptsReferrals: { attribute: 'accepts-referrals', type: Boolean },
    atFacility: { attribute: 'at-facility', type: Boolean },
    withinWeek: { attribute: 'within-week', type: Boolean },
    sort: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    shortlist: { type: Boolean },
    client: { attribute: false },
    _state: { state: true },
    _items: { state: true },
    _shown: { state: true },
    _page: { state: true },
    _view: { state: true },
    _selected: { state: true },
    _picked: { state: true },
    _notice: { state: true },
    _locating: { state: true },
    _loadingMore: { state: true },
  };

  static override styles = [baseStyles, peerGroupsStyles];

  /** Base URL of the directory API, e.g. `https://directory.example.org`. Required. */
  declare api: string | undefined;
  /** The clinic's default place: a postal code, a place name or `lat,lng`. */
  declare near: string | undefined;
  /** Default search radius in kilometres (the directory's 25 when unset). */
  declare radiusKm: number | undefined;
  /** Start with online groups, which need no place. */
  declare online: boolean;
  /** Default free-text search. */
  declare q: string | undefined;
  /** Default topics, comma-separated term ids (`grief-and-loss,substance-use`). */
  declare topics: string | undefined;
  /** Default audiences, comma-separated term ids. */
  declare audiences: string | undefined;
  /** Default attendance, comma-separated: `inPerson`, `online`, `hybrid`. */
  declare attendance: string | undefined;
  /** Default days, comma-separated: `mon` … `sun`. */
  declare days: string | undefined;
  /** Default parts of the day, comma-separated: `morning`, `afternoon`, `evening`. */
  declare timeOfDay: string | undefined;
  /** Default meeting languages, comma-separated BCP 47 tags. */
  declare languages: string | undefined;
  /** Start with free groups only. */
  declare free: boolean;
  /** Start with groups at a wheelchair-accessible venue only. */
  declare accessible: boolean;
  /** Start with groups that accept referrals from clinicians only. */
  declare acceptsReferrals: boolean;
  /** Start with groups that meet at a healthcare facility only. */
  declare atFacility: boolean;
  /** Start with groups that meet in the next 7 days only. */
  declare withinWeek: boolean;
  /** Default order: `distance`, `next` or `name` (distance with a place, soonest without). */
  declare sort: string | undefined;
  /** Results per page, 1-100. */
  declare pageSize: number;
  /**
   * Keep the search and the open group in the page's URL (`pg-*` parameters). Without it the
   * address is only read for `pg-group`, the group a shared link opens.
   */
  declare syncUrl: boolean;
  /** Offer clinicians a short list and a printable referral handout. */
  declare shortlist: boolean;
  /** A directory client to use instead of the one made for `api`. */
  declare client: DirectoryClient | undefined;
  declare _state: SearchState;
  declare _items: Listing[];
  declare _shown: number;
  declare _page: (SearchPage & PageDrops) | undefined;
  declare _view: View;
  declare _selected: Listing | undefined;
  declare _picked: Listing[];
  declare _notice: ErrorState | undefined;
  declare _locating: 'idle' | 'locating' | 'failed';
  declare _loadingMore: boolean;

  #query: SearchQuery | undefined;
  #openedFrom: string | undefined;
  #filtersOpenAtStart = true;
  /** Results of this search the client left out as malformed, so no count includes them. */
  #dropped = 0;
  #more: AbortController | undefined;
  #revealFrame = 0;

  #search = new Task(this, {
    task: async ([client, query], { signal }) => {
      if (client === undefined || query === undefined) return undefined;
      this.#more?.abort();
      this._notice = undefined;
      const page = client.groups.search(query, { signal });
      // A task of its own, so the first render does not grow into a long task.
      const locale = localeOf(this);
      setTimeout(() => warmFormatters(locale));
      return page;
    },
    args: () => [this.#client(), this.#query] as const,
    onComplete: (page) => {
      if (page === undefined || this.#query === undefined) return;
      this._page = page;
      this._items = page.items;
      this.#dropped = page.invalid?.length ?? 0;
      this.#revealInSlices();
      fire<PeerGroupsSearchDetail>(this, 'peer-groups-search', {
        query: this.#query,
        total: this.#foundTotal(),
      });
    },
    onError: (error) => this.#fail(error),
  });

  #group = new Task(this, {
    task: async ([id]: readonly [string], { signal }) => {
      const client = this.#client();
      if (client === undefined) return undefined;
      this._notice = undefined;
      return client.groups.get(id, { signal });
    },
    autoRun: false,
    onComplete: (group) => {
      this._selected = group;
    },
    onError: (error) => this.#fail(error),
  });

  constructor() {
    super();
    this.online = false;
    this.free = false;
    this.accessible = false;
    this.acceptsReferrals = false;
    this.atFacility = false;
    this.withinWeek = false;
    this.pageSize = 20;
    this.syncUrl = false;
    this.shortlist = false;
    this._state = emptyState();
    this._items = [];
    this._shown = 0;
    this._view = 'results';
    this._picked = [];
    this._locating = 'idle';
    this._loadingMore = false;
  }

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit computes the list per class from `this`, so the parent getter must run with this class.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#more?.abort();
    cancelAnimationFrame(this.#revealFrame);
  }

  /**
   * The first render waits for a task of its own. Evaluating the bundle and upgrading the element
   * take most of a long task on a phone already; rendering the form and filters in the same task
   * would block input for longer than 50 ms while the page loads.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /**
   * When a render removes the control that had focus (the handout opening, "try again", "show
   * online groups", "clear short list") and nothing else takes it, focus goes to the widget's
   * heading rather than falling out of the widget to the page, so the next Tab carries on inside
   * it. A task later, so a group's heading or its card, focused once rendered, comes first.
   */
  protected override update(changed: PropertyValues<this>): void {
    const root = this.shadowRoot;
    const hadFocus = root?.activeElement != null;
    super.update(changed);
    if (!hadFocus || root?.activeElement != null) return;
    setTimeout(() => {
      if (document.activeElement !== null && document.activeElement !== document.body) return;
      root?.querySelector<HTMLElement>('#title')?.focus();
    });
  }

  /** Runs the current search again, as the "try again" button does. */
  retry(): void {
    this._notice = undefined;
    if (this._view === 'detail' && this._selected === undefined && this.#openedFrom !== undefined) {
      void this.#group.run([this.#openedFrom]);
      return;
    }
    void this.#search.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const defaults = [
      'near',
      'radiusKm',
      'online',
      'q',
      'topics',
      'audiences',
      'attendance',
      'days',
      'timeOfDay',
      'languages',
      'free',
      'accessible',
      'acceptsReferrals',
      'atFacility',
      'withinWeek',
      'sort',
    ] as const;
    if (!this.hasUpdated) {
      this.#filtersOpenAtStart = !isNarrow(this);
      this.#applyUrl();
    } else if (defaults.some((name) => changed.has(name))) {
      this._state = this.#stateFromAttributes();
    }
    if (changed.has('_state') || changed.has('pageSize') || this.#query === undefined) {
      this.#query = toQuery(this._state, Math.min(100, Math.max(1, this.pageSize || 20)));
    }
  }

  override render() {
    const locale = localeOf(this);
    const text = messagesFor(locale);
    return html`<section part="base" aria-labelledby="title" lang=${locale}>
      <h2 id="title" part="title" tabindex="-1">${text.title}</h2>
      <div role="status" class="visually-hidden">${this.#announcement(text)}</div>
      ${
        this._view === 'detail'
          ? this.#renderDetail(text, locale)
          : this._view === 'handout'
            ? this.#renderHandout(text, locale)
            : this.#renderSearch(text, locale)
      }
    </section>`;
  }

  #renderSearch(text: Messages, locale: string) {
    const state = this._state;
    const showsCoordinates = /^-?[\d.]+,-?[\d.]+$/.test(state.near);
    return html`<form part="search" @submit=${this.#submit} role="search">
        <fieldset>
          <legend>${text.where}</legend>
          <div class="row">
            <label class="row"
              ><input type="radio" name="where" value="place" .checked=${!state.online} @change=${this.#where} />${text.nearPlace}</label
            >
            <label class="row"
              ><input type="radio" name="where" value="online" .checked=${state.online} @change=${this.#where} />${text.onlineOnly}</label
            >
          </div>
        </fieldset>
        ${
          state.online
            ? nothing
            : html`<label for="place">${text.place}</label>
              <div class="row">
                <input
                  id="place"
                  part="place"
                  name="near"
                  autocomplete="postal-code"
                  aria-describedby="place-hint"
                  .value=${showsCoordinates ? text.myLocation : state.near}
                />
                <button type="button" part="locate" aria-describedby="why" @click=${this.#locate}>
                  ${text.useLocation}
                </button>
              </div>
              <p id="place-hint" class="muted">${text.placeHint}</p>
              <p id="why" class="muted">
                ${this._locating === 'locating' ? text.locating : this._locating === 'failed' ? text.locationFailed : text.locationWhy}
              </p>`
        }
        <label for="q">${text.keywords}</label>
        <input id="q" name="q" type="search" .value=${state.q} />
        <div><button type="submit" part="submit" class="primary">${text.search}</button></div>
      </form>
      <div class="layout">
        <details class="filters" part="filters" ?open=${this.#filtersOpenAtStart}>
          <summary>${text.filters}</summary>
          <peer-group-filters
            exportparts="group: filter-group, clear: filter-clear"
            .state=${state}
            .facets=${this._page?.facets}
            .locale=${locale}
            @peer-group-filters-change=${this.#filter}
          ></peer-group-filters>
        </details>
        <div>
          <div class="row toolbar">
            <label class="row"
              >${text.sort}
              <select part="sort" @change=${this.#sortChange}>
                ${(['distance', 'next', 'name'] as const).map(
                  (order) =>
                    html`<option value=${order} ?selected=${this.#query?.sort === order} ?disabled=${order === 'distance' && this.#query?.near === undefined}>
                      ${text.sortNames[order]}
                    </option>`,
                )}
              </select></label
            >
            ${this.#renderShortlistBar(text)}
          </div>
          ${this.#renderResults(text, locale)}
        </div>
      </div>`;
  }

  #renderShortlistBar(text: Messages) {
    if (!this.shortlist || this._picked.length === 0) return nothing;
    return html`<div class="row shortlist" part="shortlist">
      <strong>${text.shortlist(numberFormat(localeOf(this)).format(this._picked.length))}</strong>
      <button type="button" @click=${this.#showHandout}>${text.printHandout}</button>
      <button type="button" @click=${() => {
        this._picked = [];
      }}>${text.clearShortlist}</button>
    </div>`;
  }

  #renderResults(text: Messages, locale: string) {
    const notice = this._notice;
    if (notice !== undefined) return this.#renderNotice(notice, text);
    const searching = this.#search.status === 1 || this.#search.status === 0;
    // A new search keeps the old results in place (marked busy) rather than collapsing them to
    // placeholders, so the page does not jump while a filter is applied.
    if (searching && this._items.length === 0) {
      return html`<ul class="results" part="results" aria-busy="true">
        ${Array.from({ length: SKELETON_CARDS }, () => html`<li class="skeleton" part="skeleton"></li>`)}
      </ul>`;
    }
    if (this._items.length === 0) return this.#renderEmpty(text, locale);
    const pickedIds = new Set(this._picked.map((group) => group.id));
    return html`<ul class="results ${searching ? 'stale' : ''}" part="results" aria-busy=${searching ? 'true' : 'false'}>
        ${this._items.slice(0, this._shown).map(
          (group) => html`<li>
            <peer-group-card
              exportparts="card, name: card-name, topics: card-topics, next: card-next, now: card-now, facts: card-facts, pick: card-pick"
              data-id=${group.id}
              .group=${group}
              .locale=${locale}
              ?pickable=${this.shortlist}
              ?picked=${pickedIds.has(group.id)}
              @peer-groups-select=${this.#select}
              @peer-group-pick=${(event: CustomEvent<{ picked: boolean }>) => this.#pick(group, event.detail.picked)}
            ></peer-group-card>
          </li>`,
        )}
      </ul>
      ${
        this._page?.nextCursor
          ? html`<p>
            <button type="button" class="more" part="more" ?disabled=${this._loadingMore} @click=${this.#showMore}>
              ${text.showMore}
            </button>
          </p>`
          : nothing
      }`;
  }

  #renderEmpty(text: Messages, locale: string) {
    const state = this._state;
    const wider = Math.min(500, (state.radiusKm ?? 25) * 2);
    const canWiden =
      !state.online && this.#query?.near !== undefined && (state.radiusKm ?? 25) < 500;
    return html`<div class="notice" part="notice">
      <p>${text.empty}</p>
      <div class="row">
        ${
          canWiden
            ? html`<button type="button" @click=${() => this.#update({ ...state, radiusKm: wider })}>
              ${text.widen(formatDistance(wider, locale))}
            </button>`
            : nothing
        }
        ${
          state.online
            ? nothing
            : html`<button type="button" @click=${() => this.#update({ ...state, online: true })}>
              ${text.showOnline}
            </button>`
        }
      </div>
    </div>`;
  }

  #renderNotice(notice: ErrorState, text: Messages) {
    return html`<div class="notice alert" part="notice">
      <p>${this.#noticeText(notice, text)}</p>
      ${
        notice.kind === 'placeUnknown'
          ? nothing
          : html`<button type="button" part="retry" @click=${() => this.retry()}>${text.retry}</button>`
      }
    </div>`;
  }

  #renderDetail(text: Messages, locale: string) {
    const group = this._selected;
    const params = new URLSearchParams(location.search);
    // The group only: the sharer's place (perhaps their position) and filters stay theirs.
    if (group !== undefined) writeParams(params, emptyState(), group.id);
    const shareUrl = `${location.origin}${location.pathname}?${params}`;
    return html`<p>
        <button type="button" class="back" part="back" @click=${this.#back}>${text.back}</button>
      </p>
      ${
        this._notice !== undefined
          ? this.#renderNotice(this._notice, text)
          : group === undefined
            ? html`<div class="skeleton" part="skeleton" aria-busy="true"></div>`
            : html`<peer-group-detail
              exportparts="detail, heading: detail-heading, section: detail-section, now: detail-now, actions: detail-actions, join: detail-join, directions: detail-directions, verified: detail-verified, correction, correction-form, correction-note, correction-email"
              .group=${group}
              .locale=${locale}
              .api=${this.api}
              .client=${this.#client()}
              .shareUrl=${shareUrl}
            ></peer-group-detail>`
      }`;
  }

  #renderHandout(text: Messages, locale: string) {
    return html`<p class="row">
        <button type="button" class="back" part="back" @click=${this.#back}>${text.back}</button>
        <button type="button" class="back" @click=${() => window.print()}>${text.print}</button>
      </p>
      <peer-group-handout exportparts="handout, group: handout-group" .groups=${this._picked} .locale=${locale}></peer-group-handout>`;
  }

  #announcement(text: Messages): string {
    if (this._notice !== undefined) return this.#noticeText(this._notice, text);
    if (this._view !== 'results') return '';
    if (this.#search.status === 1) return text.loading;
    if (this._page === undefined) return '';
    const total = this.#foundTotal();
    return total === 0 ? text.empty : text.found(total, numberFormat(localeOf(this)).format(total));
  }

  /** How many groups the search found that a patient can see: the directory's total, less any left out as malformed. */
  #foundTotal(): number {
    return Math.max(0, (this._page?.total ?? 0) - this.#dropped);
  }

  #noticeText(notice: ErrorState, text: Messages): string {
    switch (notice.kind) {
      case 'offline':
        return text.offline;
      case 'rateLimited':
        return text.rateLimited(
          numberFormat(localeOf(this)).format(notice.retryAfterSeconds ?? 30),
        );
      case 'placeUnknown':
        return text.placeUnknown;
      case 'notFound':
        return text.notFound;
      default:
        return text.failed;
    }
  }

  #client(): DirectoryClient | undefined {
    if (this.client !== undefined) return this.client;
    return this.api ? clientFor(this.api) : undefined;
  }

  #stateFromAttributes(): SearchState {
    const state = readParams(new URLSearchParams()).state;
    state.near = this.near ?? '';
    state.online = this.online;
    state.q = this.q ?? '';
    state.free = this.free;
    state.accessible = this.accessible;
    state.acceptsReferrals = this.acceptsReferrals;
    state.atFacility = this.atFacility;
    state.soon = this.withinWeek;
    if (this.radiusKm !== undefined && this.radiusKm > 0)
      state.radiusKm = Math.min(500, this.radiusKm);
    // Attribute lists go through the same validation as URL parameters.
    const params = new URLSearchParams();
    const lists = { topics: this.topics, audiences: this.audiences, attendance: this.attendance };
    for (const [name, value] of Object.entries(lists)) params.set(`pg-${name}`, value ?? '');
    params.set('pg-days', this.days ?? '');
    params.set('pg-timeOfDay', this.timeOfDay ?? '');
    params.set('pg-languages', this.languages ?? '');
    params.set('pg-sort', this.sort ?? '');
    const parsed = readParams(params).state;
    return {
      ...state,
      topics: parsed.topics,
      audiences: parsed.audiences,
      attendance: parsed.attendance,
      days: parsed.days,
      timeOfDay: parsed.timeOfDay,
      languages: splitList(this.languages),
      ...(parsed.sort === undefined ? {} : { sort: parsed.sort }),
    };
  }

  #applyUrl(): void {
    const params = new URLSearchParams(location.search);
    const { state, groupId } = readParams(params);
    // The address holds a search only with sync-url. Without one (the page as first opened, or a
    // shared link to a group) the search is the clinic's; a shared group opens either way.
    this._state = this.syncUrl && hasSearch(params) ? state : this.#stateFromAttributes();
    if (groupId === undefined) {
      this._view = 'results';
      this._selected = undefined;
    } else {
      this.#openById(groupId);
    }
  }

  #onPopState = (): void => {
    if (this.syncUrl) this.#applyUrl();
  };

  #pushUrl(): void {
    if (!this.syncUrl) return;
    const params = new URLSearchParams(location.search);
    writeParams(
      params,
      this._state,
      this._view === 'detail' ? (this._selected?.id ?? this.#openedFrom) : undefined,
    );
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.pushState(null, '', url);
  }

  #update(state: SearchState): void {
    this._state = state;
    this._view = 'results';
    this.#pushUrl();
  }

  #fail(error: unknown): void {
    // A newer search replaced this one: nothing failed.
    if (error instanceof Error && error.name === 'AbortError') return;
    const notice = classifyError(error);
    this._notice = notice;
    fire<PeerGroupsErrorDetail>(this, 'peer-groups-error', { kind: notice.kind, error });
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const typed = String(form.get('near') ?? '').trim();
    const keepsPosition = typed === messagesFor(localeOf(this)).myLocation;
    const next = {
      ...this._state,
      near: keepsPosition ? this._state.near : typed,
      q: String(form.get('q') ?? ''),
    };
    const unchanged = JSON.stringify(toQuery(next, 1)) === JSON.stringify(toQuery(this._state, 1));
    if (!unchanged) {
      this.#update(next);
      return;
    }
    // Pressing Search on an unchanged search (after a failure, say) still asks again, once:
    // a new state would also start the search task, and the first of two requests would be
    // sent only to be aborted.
    this._view = 'results';
    void this.#search.run();
  }

  #where(event: Event): void {
    this.#update({ ...this._state, online: (event.target as HTMLInputElement).value === 'online' });
  }

  #filter(event: CustomEvent<{ state: SearchState }>): void {
    this.#update(event.detail.state);
  }

  #sortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as SearchState['sort'];
    this.#update({ ...this._state, ...(value === undefined ? {} : { sort: value }) });
  }

  #locate(): void {
    if (!('geolocation' in navigator)) {
      this._locating = 'failed';
      return;
    }
    this._locating = 'locating';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this._locating = 'idle';
        const near = `${coarse(position.coords.latitude)},${coarse(position.coords.longitude)}`;
        this.#update({ ...this._state, near, online: false });
      },
      () => {
        this._locating = 'failed';
      },
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 15_000 },
    );
  }

  async #showMore(): Promise<void> {
    const client = this.#client();
    const cursor = this._page?.nextCursor;
    if (client === undefined || this.#query === undefined || !cursor) return;
    this.#more = new AbortController();
    this._loadingMore = true;
    const firstNew = this._items.length;
    try {
      const page = await client.groups.search(
        { ...this.#query, cursor },
        { signal: this.#more.signal },
      );
      this._items = [...this._items, ...page.items];
      this.#dropped += page.invalid?.length ?? 0;
      this._shown = this._items.length;
      this._page = { ...page, facets: this._page?.facets ?? page.facets };
      await this.updateComplete;
      // Focus the first new result, so keyboard users carry on where the list grew.
      const cards = this.renderRoot.querySelectorAll<PeerGroupCard>('peer-group-card');
      cards[firstNew]?.focusName();
    } catch (error) {
      this.#fail(error);
    } finally {
      this._loadingMore = false;
    }
  }

  #revealInSlices(): void {
    cancelAnimationFrame(this.#revealFrame);
    // Cards already on screen take new results in place, far cheaper than new cards, so only
    // the cards beyond them wait for later frames.
    this._shown = Math.max(CARDS_PER_FRAME, this._shown);
    const reveal = () => {
      if (this._shown >= this._items.length) return;
      this._shown += CARDS_PER_FRAME;
      this.#revealFrame = requestAnimationFrame(reveal);
    };
    this.#revealFrame = requestAnimationFrame(reveal);
  }

  #select(event: CustomEvent<PeerGroupsSelectDetail>): void {
    const group = event.detail.group;
    this.#openedFrom = group.id;
    this._selected = group;
    this._view = 'detail';
    this.#pushUrl();
    void this.#focusDetail();
  }

  #openById(id: string): void {
    this.#openedFrom = id;
    this._view = 'detail';
    const known = this._items.find((group) => group.id === id);
    this._selected = known;
    if (known === undefined) void this.#group.run([id]);
  }

  async #focusDetail(): Promise<void> {
    await this.updateComplete;
    const detail = this.renderRoot.querySelector<PeerGroupDetail>('peer-group-detail');
    await detail?.updateComplete;
    detail?.focusHeading();
  }

  async #back(): Promise<void> {
    const from = this.#openedFrom;
    this._view = 'results';
    this._shown = this._items.length;
    this._selected = undefined;
    this._notice = undefined;
    this.#pushUrl();
    await this.updateComplete;
    const card = this.renderRoot.querySelector<PeerGroupCard>(
      `peer-group-card[data-id="${CSS.escape(from ?? '')}"]`,
    );
    if (card !== null) {
      await card.updateComplete;
      card.focusName();
    }
  }

  #pick(group: Listing, picked: boolean): void {
    const others = this._picked.filter((item) => item.id !== group.id);
    this._picked = picked ? [...others, group] : others;
  }

  #showHandout(): void {
    this._view = 'handout';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-groups': PeerGroups;
  }
}
