import { css } from 'lit';

/**
 * The theme every element shares: `--peer-groups-*` custom properties with fallbacks, light and
 * dark palettes that meet WCAG AA contrast, the host's font, visible focus, 24px targets and
 * logical properties only, so right-to-left pages lay out correctly.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--peer-groups-color-text, #1b1f24);
    --_bg: var(--peer-groups-color-background, #ffffff);
    --_muted: var(--peer-groups-color-muted, #4d5560);
    --_accent: var(--peer-groups-color-accent, #0b5cad);
    --_on-accent: var(--peer-groups-color-on-accent, #ffffff);
    --_surface: var(--peer-groups-color-surface, #f3f5f8);
    --_border: var(--peer-groups-color-border, #6b7480);
    --_alert: var(--peer-groups-color-alert, #a3261b);
    --_now: var(--peer-groups-color-now, #176c35);
    --_radius: var(--peer-groups-radius, 0.5rem);
    --_space: var(--peer-groups-spacing, 1rem);
    --_focus: var(--peer-groups-color-focus, #c24e00);
    display: block;
    color-scheme: light dark;
    /* The widget paints its own background, so its text keeps its contrast on any page. */
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--peer-groups-font, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--peer-groups-color-text, #eef1f5);
      --_bg: var(--peer-groups-color-background, #15191e);
      --_muted: var(--peer-groups-color-muted, #b8c0ca);
      --_accent: var(--peer-groups-color-accent, #8cc2ff);
      --_on-accent: var(--peer-groups-color-on-accent, #0b1b2e);
      --_surface: var(--peer-groups-color-surface, #222831);
      --_border: var(--peer-groups-color-border, #98a2ae);
      --_alert: var(--peer-groups-color-alert, #ffaaa1);
      --_now: var(--peer-groups-color-now, #8be0a6);
      --_focus: var(--peer-groups-color-focus, #ffb77a);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  dl {
    margin-block: 0 calc(var(--_space) / 2);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  input,
  select,
  textarea {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
    max-inline-size: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    color: var(--_now);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
