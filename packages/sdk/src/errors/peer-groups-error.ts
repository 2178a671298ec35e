/**
 * The base of every error the SDK throws.
 *
 * @packageDocumentation
 */

// A registry-wide symbol, so two copies of the SDK on one page (the widget's bundle and an app's)
// still recognise each other's errors.
const BRAND = Symbol.for('@peer-groups/sdk/error');

interface Branded {
  readonly [BRAND]: readonly string[];
}

function brandsOf(value: unknown): readonly string[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const brands = (value as Partial<Branded>)[BRAND];
  return Array.isArray(brands) ? brands : undefined;
}

/** Whether `value` is an instance of `errorClass`, a `PeerGroupsError` class or a subclass. */
function isInstance(errorClass: { readonly brand: string }, value: unknown): boolean {
  // A subclass without its own brand inherits its parent's, which every instance of the parent
  // carries too; only the prototype chain can tell the two apart.
  if (!Object.hasOwn(errorClass, 'brand')) {
    return Function.prototype[Symbol.hasInstance].call(errorClass, value);
  }
  return brandsOf(value)?.includes(errorClass.brand) ?? false;
}

/**
 * The base class of every error the SDK throws, so one `catch` can tell the SDK's failures from
 * any other.
 *
 * `instanceof` works across bundles: an error thrown by one copy of the SDK is an instance of the
 * classes of another copy, because the check compares brands instead of prototypes.
 */
export class PeerGroupsError extends Error {
  /**
   * The brand that `instanceof` checks; each of the SDK's classes sets its own. An application's
   * subclass may leave it out: its errors keep every brand of the SDK's classes above it, and
   * `instanceof` the subclass itself compares prototypes.
   */
  static readonly brand: string = 'PeerGroupsError';

  /** @internal The brands of this error's class chain, compared by `instanceof`. */
  declare readonly [BRAND]: readonly string[];

  /**
   * @param message - What went wrong and what to do about it.
   * @param options - `cause`: the underlying error, when there is one.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const brands: string[] = [];
    // Walk the whole class chain so an error carries every brand it is an instance of. A class
    // without a brand of its own, such as an application's subclass, is stepped over, not the end
    // of the chain: stopping there would leave its errors with no brand at all.
    for (
      let errorClass: unknown = new.target;
      typeof errorClass === 'function';
      errorClass = Object.getPrototypeOf(errorClass)
    ) {
      if (Object.hasOwn(errorClass, 'brand')) {
        brands.push((errorClass as unknown as { brand: string }).brand);
      }
    }
    Object.defineProperty(this, BRAND, { value: brands, enumerable: false });
    this.name = new.target.brand;
  }

  /**
   * Whether `value` is an instance of this class: by brand, across copies of the SDK, for the
   * SDK's classes; by prototype for a subclass that sets no `brand` of its own.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass included.
    return isInstance(this, value);
  }
}
