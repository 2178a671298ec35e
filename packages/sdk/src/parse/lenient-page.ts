/**
 * Pages that survive a bad item: the envelope is checked strictly, each item on its own, and an
 * item that fails is dropped and reported instead of failing the page.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { InvalidItem } from '../options.js';
import type { Answer, Transport } from '../transport/transport.js';
import { issuesOf, jsonOf, validate } from './validate.js';

/** A page whose `items` hold only valid items, with the dropped ones listed in `invalid`. */
export type Lenient<
  Page extends {
    /** The page's items. */
    items: readonly unknown[];
  },
> = Page & {
  /** Items the server sent that failed their schema and were left out, by position. Empty in strict mode. */
  readonly invalid: readonly InvalidItem[];
};

/**
 * The envelope schema of a page: `pageSchema` with `items` loosened to an array of anything, so
 * the items can be checked one by one.
 */
/* @__NO_SIDE_EFFECTS__ */
export function envelopeOf<S extends z.core.$ZodShape>(pageSchema: z.ZodMiniObject<S>) {
  return z.object({ ...pageSchema.def.shape, items: z.array(z.unknown()) });
}

/**
 * Parses a page answer. In strict mode any bad item fails the whole page; otherwise bad items are
 * dropped, listed in `invalid` and reported to the client's `onInvalidItems`.
 */
export function parsePage<Envelope extends { items: unknown[] }, Item>(
  envelope: z.ZodMiniType<Envelope>,
  itemSchema: z.ZodMiniType<Item>,
  answer: Answer,
  transport: Transport,
): Omit<Envelope, 'items'> & { items: Item[]; invalid: InvalidItem[] } {
  const page = validate(envelope, jsonOf(answer), answer.request);
  const items: Item[] = [];
  const invalid: InvalidItem[] = [];
  for (let index = 0; index < page.items.length; index++) {
    const result = itemSchema.safeParse(page.items[index]);
    if (result.success) {
      items.push(result.data);
    } else {
      invalid.push({ index, issues: issuesOf(result.error.issues) });
    }
  }
  if (invalid.length > 0) {
    if (transport.options.strict) {
      const issues = invalid.flatMap((item) =>
        item.issues.map((issue) => ({ ...issue, path: ['items', item.index, ...issue.path] })),
      );
      throw new ResponseValidationError(answer.request, issues);
    }
    transport.options.onInvalidItems?.({ request: answer.request, items: invalid });
  }
  return { ...page, items, invalid };
}
