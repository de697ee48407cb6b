import type { ReconciliationPass } from '../../domain/reconciliation/reconciliation-pass';
import type { ProjectBinding } from '../provisioning/project-binding';

const MINUTE_MS = 60_000;

/** A JQL string literal: the key and project come from Jira, but a quote in one must not end the literal. */
const quoted = (text: string): string => `"${text.replace(/["\\]/g, '\\$&')}"`;

/**
 * The JQL of a pass's next page: the project's complaints updated since the pass's `from`, after
 * the last key read, in key order. The date is relative (`-N m`, rounded up to whole minutes):
 * an absolute date would be read in the app user's time zone, which the app does not know.
 */
export const reconciliationJql = (binding: Pick<ProjectBinding, 'projectKey' | 'issueTypeId'>, pass: ReconciliationPass, now: number): string => {
  const minutes = Math.max(1, Math.ceil((now - pass.from) / MINUTE_MS));
  const after = pass.afterKey === null ? '' : ` AND key > ${quoted(pass.afterKey)}`;
  return `project = ${quoted(binding.projectKey)} AND issuetype = ${binding.issueTypeId} AND updated >= -${String(minutes)}m${after} ORDER BY key ASC`;
};
