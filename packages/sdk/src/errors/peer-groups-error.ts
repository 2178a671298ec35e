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

/**
 * The base class of every error the SDK throws, so one `catch` can tell the SDK's failures from
 * any other.
 *
 * `instanceof` works across bundles: an error thrown by one copy of the SDK is an instance of the
 * classes of another copy, because the check compares brands instead of prototypes.
 */
export class PeerGroupsError extends Error {
  /** The brand that `instanceof` checks; each subclass sets its own. */
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
    let errorClass: unknown = new.target;
    // Walk the class chain so an error carries every brand it is an instance of.
    while (typeof errorClass === 'function' && Object.hasOwn(errorClass, 'brand')) {
      brands.push((errorClass as unknown as { brand: string }).brand);
      errorClass = Object.getPrototypeOf(errorClass);
    }
    Object.defineProperty(this, BRAND, { value: brands, enumerable: false });
    this.name = new.target.brand;
  }

  /** Whether `value` is an instance of this class, by brand, across copies of the SDK. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, a subclass included.
    return brandsOf(value)?.includes(this.brand) ?? false;
  }
}
