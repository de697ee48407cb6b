import type { Subject } from '../complaint';
import { foldServiceName } from '../metrics/subject-key';

/** The two things the model suggests: the department, and the category (what the Subject field says). */
export type TriageDimension = 'department' | 'category';

/** Which model answered: the local one, learned from this site's complaints, is the only one today. */
export type SuggestionSource = 'local';

/** A category as the model learns it: "employee" (never a person), or a service by its folded name. */
export interface CategoryLabel {
  readonly key: string;
  /** As the registrar spelt it the first time the model saw it; "employee" for employees. */
  readonly name: string;
}

/**
 * What the model suggested when the complaint came in, kept so that the advocate sees it, and the
 * trail can say whether it was accepted or overridden.
 */
export interface StoredSuggestion {
  readonly departmentId: string;
  readonly confidence: number;
  readonly category: { readonly key: string; readonly name: string; readonly confidence: number } | null;
  /** The complaint's own words that drove it, strongest first. */
  readonly words: readonly string[];
  /** How many past complaints of the suggested department the model had learned. */
  readonly examples: number;
  readonly source: SuggestionSource;
}

/**
 * A complaint as the model keeps it while it can still change department: its hashed features
 * (never its text), what was suggested, and the labels it was learned under, so that a re-route
 * moves it from one label to the other. Dropped once the complaint is closed.
 */
export interface TriageExample {
  readonly issueId: string;
  readonly features: readonly number[];
  readonly suggestion: StoredSuggestion | null;
  /** The department it was learned under; null while a person has not chosen one (triage, or routed on the app's own guess). */
  readonly department: string | null;
  readonly category: string | null;
  readonly createdAt: number;
}

/** The category label of a subject; null when there is none to learn (no subject, or a blank service name). */
export const categoryLabelOf = (subject: Subject | null): CategoryLabel | null => {
  if (subject === null) return null;
  if (subject.kind === 'employee') return { key: 'employee', name: 'employee' };
  const folded = foldServiceName(subject.name);
  return folded === '' ? null : { key: `service:${folded}`, name: subject.name.trim().replace(/\s+/g, ' ') };
};
