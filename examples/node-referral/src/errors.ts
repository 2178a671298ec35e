/**
 * The errors of the referral script, each with a message that says what to do.
 *
 * @packageDocumentation
 */
import type { TaxonomyTerm } from '@peer-groups/core';

/** A command line the script cannot run; the message says how to fix it. */
export class ReferralUsageError extends Error {
  override readonly name = 'ReferralUsageError';
}

/** The topic asked for is not in the directory's taxonomy; `known` lists the ids it has. */
export class UnknownTopicError extends Error {
  override readonly name = 'UnknownTopicError';
  /** The topic ids the directory knows. */
  readonly known: readonly string[];

  constructor(topic: string, terms: readonly TaxonomyTerm[]) {
    const known = terms.map((term) => term.id);
    super(`The directory has no topic "${topic}". Use one of: ${known.join(', ')}.`);
    this.known = known;
  }
}
