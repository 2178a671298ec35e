import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

/** The languages the widget is written in; any other falls back to English. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;

/**
 * The locale an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else the page's, else `en`; a language the widget does not speak
 * gives `en`, so dates never come out in a different language from the words around them.
 */
export function localeOf(element: Element): string {
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return isSupported(lang) ? lang : 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

function isSupported(tag: string): boolean {
  const language = tag.toLowerCase().split('-')[0];
  return SUPPORTED_LANGUAGES.some((supported) => supported === language);
}

/** The strings of `locale`, English when the widget does not speak its language. */
export function messagesFor(locale: string): Messages {
  return locale.toLowerCase().startsWith('es') ? es : en;
}
