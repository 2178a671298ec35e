import { css } from 'lit';

/** Layout of `<peer-groups>`: one column on phones, filters beside results on wider containers. */
export const peerGroupsStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(12rem, 1fr) 3fr;
    }
  }
  form {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
    margin-block-end: var(--_space);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  details > summary {
    cursor: pointer;
    font-weight: 700;
    min-block-size: 24px;
  }
  .results {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
    min-block-size: 20rem;
  }
  /* Grey, not faded: old results waiting for a new search keep their contrast and stay usable. */
  .stale {
    filter: grayscale(1);
    cursor: progress;
  }
  .skeleton {
    block-size: 9rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A group's details, loading from a link, are far taller than a card (39 to 64rem). */
  div.skeleton {
    block-size: 36rem;
  }
  .notice {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.alert {
    border-color: var(--_alert);
  }
  .toolbar {
    justify-content: space-between;
    margin-block-end: calc(var(--_space) / 2);
  }
  @media print {
    form,
    .toolbar,
    .filters,
    .more,
    .back,
    .shortlist {
      display: none;
    }
  }
`;
