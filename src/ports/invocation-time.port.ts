/** How long the current invocation may still run before the platform stops it. */
export interface InvocationTime {
  remainingMs(): number;
}
