import type { FieldIssue } from '../../src/contracts/resolver-contracts';
import { en, type MessageKey } from './i18n/catalogue.en';

/**
 * The catalogue key of a field's problem code (`missing`, `deadline_in_past`, …); a code or an
 * English sentence this UI does not know reads as a generic "not accepted".
 */
export const problemKeyOf = (code: string): MessageKey => {
  const key = `panel.problem.${code}`;
  return Object.hasOwn(en, key) ? (key as MessageKey) : 'panel.problem.other';
};

/** The first problem reported for each field, by its request name. */
export const problemsByField = (issues: readonly FieldIssue[]): ReadonlyMap<string, string> => {
  const byField = new Map<string, string>();
  for (const issue of issues) if (!byField.has(issue.path)) byField.set(issue.path, issue.message);
  return byField;
};
