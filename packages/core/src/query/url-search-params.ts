/**
 * `URLSearchParams`, typed for core. Every runtime core targets (browsers, Node, Deno, Bun,
 * workers) provides the WHATWG global, but core compiles without the DOM and Node type
 * libraries, so the members core uses are declared here. The declaration merges with the full
 * one of either library in programs that load it.
 *
 * @packageDocumentation
 */

declare global {
  /** WHATWG `URLSearchParams`: the query string of a URL, as name-value pairs in order. */
  interface URLSearchParams {
    get(name: string): string | null;
    getAll(name: string): string[];
    has(name: string, value?: string): boolean;
    set(name: string, value: string): void;
    keys(): IterableIterator<string>;
    toString(): string;
  }
}

type SearchParamsConstructor = new () => URLSearchParams;

/** Creates an empty `URLSearchParams` with the runtime's own class. */
export function emptySearchParams(): URLSearchParams {
  const { URLSearchParams: SearchParams } = globalThis as unknown as {
    URLSearchParams: SearchParamsConstructor;
  };
  return new SearchParams();
}
