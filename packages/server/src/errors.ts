/**
 * The errors the directory raises for a request it cannot fulfil. Each carries the problem kind
 * the HTTP layer answers with, so handlers throw and one place writes the problem document.
 *
 * @packageDocumentation
 */
import type { InvalidParam, ProblemKind } from '@peer-groups/core';

/** A request the directory refuses; `kind` is the problem type it maps to. */
export class DirectoryError extends Error {
  override readonly name: string = 'DirectoryError';
  readonly kind: ProblemKind;
  readonly invalidParams: InvalidParam[] | undefined;

  /**
   * @param kind The problem kind of the answer.
   * @param detail A sentence for the client saying what went wrong and what to do.
   * @param invalidParams Each bad parameter or field, for `invalidParameters` and `invalidBody`.
   */
  constructor(kind: ProblemKind, detail: string, invalidParams?: InvalidParam[]) {
    super(detail);
    this.kind = kind;
    this.invalidParams = invalidParams;
  }
}

/** Query parameters or headers that are malformed; each is named. */
export class InvalidParametersError extends DirectoryError {
  override readonly name = 'InvalidParametersError';

  constructor(invalidParams: InvalidParam[]) {
    super(
      'invalidParameters',
      `Fix the parameters named in invalidParams (${invalidParams.map((param) => param.name).join(', ')}) and try again.`,
      invalidParams,
    );
  }
}

/** A request body that is not JSON or does not match its schema; each field is named by JSON pointer. */
export class InvalidBodyError extends DirectoryError {
  override readonly name = 'InvalidBodyError';

  constructor(detail: string, invalidParams: InvalidParam[] = []) {
    super('invalidBody', detail, invalidParams);
  }
}

/** No such resource. */
export class NotFoundError extends DirectoryError {
  override readonly name = 'NotFoundError';

  constructor(what: string) {
    super('notFound', `${what} does not exist. Check the id, or search the directory again.`);
  }
}

/** The group was retired by a curator. */
export class GoneError extends DirectoryError {
  override readonly name = 'GoneError';

  constructor(id: string) {
    super(
      'gone',
      `Group ${id} was retired and is no longer listed. Search the directory for another group.`,
    );
  }
}

/** The request contradicts the resource's current state. */
export class ConflictError extends DirectoryError {
  override readonly name = 'ConflictError';

  constructor(detail: string) {
    super('conflict', detail);
  }
}
