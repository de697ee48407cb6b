import { storedSortValue, storedValueComparison, storedValueMatches, storedValues } from './jql-custom-field';
import { sameMinute } from './jql-dates';
import type { FieldSpec } from './jql-fields';
import type { JqlIssueView } from './jql-issue-view';
import type { Atom, SearchClock } from './jql-operands';
import type { SortValue } from './jql-sort-value';
import { statusCategoryNamed, statusCategoryRank } from './jql-status-category';

export type ValueAtom = Exclude<Atom, { kind: 'empty' }>;

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const textOf = (atom: ValueAtom): string | null => (atom.kind === 'text' || atom.kind === 'number' ? atom.text : null);

export function isFieldEmpty(issue: JqlIssueView, field: FieldSpec): boolean {
  switch (field.kind) {
    case 'user':
      return userOf(issue, field) === null;
    case 'resolution':
      return issue.resolutionName === null;
    case 'labels':
      return issue.labels.length === 0;
    case 'component':
      return issue.components.length === 0;
    case 'custom':
      return storedValues(issue.customFields[field.id]).length === 0;
    case 'date':
      return dateOf(issue, field) === null;
    default:
      return false;
  }
}

/**
 * Whether the issue's value for `field` equals `atom`. Names match case-insensitively as in
 * Jira; ids, account ids and issue ids exactly; a number names an id.
 */
export function fieldMatches(issue: JqlIssueView, field: FieldSpec, atom: ValueAtom, clock: SearchClock): boolean {
  const text = textOf(atom);
  const asId = atom.kind === 'number';
  switch (field.kind) {
    case 'project':
      return text !== null && (text === issue.projectId || (!asId && (sameText(text, issue.projectKey) || sameText(text, issue.projectName))));
    case 'issuetype':
      return text !== null && (text === issue.issueTypeId || (!asId && sameText(text, issue.issueTypeName)));
    case 'status':
      return text !== null && (text === issue.statusId || (!asId && sameText(text, issue.statusName)));
    case 'statusCategory':
      return text !== null && statusCategoryNamed(text, asId) === issue.statusCategoryKey;
    case 'user': {
      const accountId = atom.kind === 'user' ? atom.accountId : text;
      return accountId !== null && accountId === userOf(issue, field);
    }
    case 'date': {
      const date = dateOf(issue, field);
      return atom.kind === 'instant' && date !== null && sameMinute(date, atom.ms);
    }
    case 'resolution':
      return text !== null && !asId && issue.resolutionName !== null && sameText(text, issue.resolutionName);
    case 'key':
      return text !== null && (/^\d+$/.test(text) ? text === issue.id : sameText(text, issue.key));
    case 'labels':
      return text !== null && issue.labels.some((label) => sameText(label, text));
    case 'component':
      return text !== null && !asId && issue.components.some((component) => sameText(component, text));
    case 'custom':
      return storedValues(issue.customFields[field.id]).some((stored) => storedValueMatches(stored, atom, clock));
  }
}

/** Signs of (issue value - atom) for each comparable value, for `<`, `>`, `<=` and `>=`. */
export function fieldComparisons(issue: JqlIssueView, field: FieldSpec, atom: ValueAtom, clock: SearchClock): number[] {
  switch (field.kind) {
    case 'date': {
      const date = dateOf(issue, field);
      return atom.kind === 'instant' && date !== null ? [Math.sign(date - atom.ms)] : [];
    }
    case 'key':
      return keyComparison(issue, textOf(atom));
    case 'custom':
      return storedValues(issue.customFields[field.id]).flatMap((stored) => storedValueComparison(stored, atom, clock) ?? []);
    default:
      return [];
  }
}

/**
 * `key > ABC-5` compares within project ABC only, as Jira does; an issue id compares numerically.
 */
function keyComparison(issue: JqlIssueView, text: string | null): number[] {
  if (text === null) return [];
  if (/^\d+$/.test(text)) return [Math.sign(Number(issue.id) - Number(text))];
  const mine = splitKey(issue.key);
  const theirs = splitKey(text);
  return sameText(mine.project, theirs.project) ? [Math.sign(mine.number - theirs.number)] : [];
}

export function fieldSortValue(issue: JqlIssueView, field: FieldSpec, clock: SearchClock): SortValue {
  switch (field.kind) {
    case 'project':
      return [issue.projectName.toLowerCase()];
    case 'issuetype':
      return [issue.issueTypeName.toLowerCase()];
    case 'status':
      return [issue.statusName.toLowerCase()];
    case 'statusCategory':
      return [statusCategoryRank(issue.statusCategoryKey)];
    case 'user': {
      const accountId = userOf(issue, field);
      return accountId === null ? null : [accountId];
    }
    case 'date': {
      const date = dateOf(issue, field);
      return date === null ? null : [date];
    }
    case 'resolution':
      return issue.resolutionName === null ? null : [issue.resolutionName.toLowerCase()];
    case 'key': {
      const { project, number } = splitKey(issue.key);
      return [project.toLowerCase(), number];
    }
    case 'labels':
      return listSortValue(issue.labels);
    case 'component':
      return listSortValue(issue.components);
    case 'custom':
      return storedSortValue(storedValues(issue.customFields[field.id]), clock);
  }
}

function listSortValue(values: readonly string[]): SortValue {
  return values.length === 0 ? null : [values.map((v) => v.toLowerCase()).sort().join(',')];
}

function userOf(issue: JqlIssueView, field: FieldSpec): string | null {
  return field.id === 'assignee' ? issue.assigneeAccountId : issue.reporterAccountId;
}

/** Null only for `resolved` of an unresolved issue: created and updated always have a date. */
function dateOf(issue: JqlIssueView, field: FieldSpec): number | null {
  if (field.id === 'resolved') return issue.resolved;
  return field.id === 'created' ? issue.created : issue.updated;
}

function splitKey(key: string): { project: string; number: number } {
  const dash = key.lastIndexOf('-');
  return { project: key.slice(0, dash), number: Number(key.slice(dash + 1)) };
}
