import type { Frame } from 'playwright-core';

/** One axe-core finding, as much of it as a failing test needs to name the fix. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

interface AxeResults {
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core inside a frame (the Custom UI's own document, as Jira would host it) and returns
 * the serious and critical violations: the ones the accessibility bar allows none of.
 */
export const seriousAxeViolations = async (frame: Frame): Promise<AxeFinding[]> => {
  await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await frame.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(document));
  return (results as AxeResults).violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
};
