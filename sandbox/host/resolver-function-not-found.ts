/**
 * A resolver call named a function key that the resolver does not define. Forge answers that
 * as an unknown function; the frame sees a rejected `invoke`, not a crash and not a result.
 */
export class ResolverFunctionNotFound extends Error {
  readonly code = 'FUNCTION_NOT_FOUND';

  constructor(
    readonly functionKey: string,
    options?: ErrorOptions,
  ) {
    super(`Resolver has no definition for '${functionKey}'.`, options);
    this.name = 'ResolverFunctionNotFound';
  }
}

/*
 * @forge/resolver looks a key up with `in`, so the members every object inherits
 * (`constructor`, `toString`, `__proto__`, ...) pass for definitions: `constructor` would echo
 * the call back and `__proto__` would crash. Only the resolver's own definitions are functions.
 */
export const isInheritedMember = (functionKey: string): boolean => functionKey in Object.prototype;

/** Whether an error is @forge/resolver's own answer to an unknown key (its message is all it has). */
export const isUnknownKeyError = (error: unknown, functionKey: string): boolean =>
  error instanceof Error && error.message === new ResolverFunctionNotFound(functionKey).message;
