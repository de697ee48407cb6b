import type { IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { featureSet, textFeatures } from '../../domain/triage/text-features';
import { categoryLabelOf, type StoredSuggestion } from '../../domain/triage/triage-example';
import type { TriageModelStore } from '../../ports/triage-model.port';
import { suggestTriage, type SuggestTriageDeps } from './suggest-triage';

export interface TakeInTriageExampleDeps extends SuggestTriageDeps {
  readonly triage: SuggestTriageDeps['triage'] & Pick<TriageModelStore, 'keepExample' | 'relabel'>;
}

/**
 * A new complaint, for the triage model (issue 17): first the suggestion from what the model knew
 * before it, kept with the complaint's hashed features; then, if the registrar chose the
 * department or the subject, the model learns them. Only the first call keeps and learns: an
 * event that arrives twice changes nothing. A complaint without text teaches nothing.
 */
export const takeInTriageExample = async (deps: TakeInTriageExampleDeps, snapshot: Pick<IssueSnapshot, 'complaint' | 'department' | 'summary' | 'description'>, at: number): Promise<StoredSuggestion | null> => {
  const text = textFeatures(`${snapshot.summary}\n${snapshot.description}`);
  const features = featureSet(text);
  if (features.length === 0) return null;
  const suggestion = await suggestTriage(deps, text, features);
  const { issueId } = snapshot.complaint;
  if (!(await deps.triage.keepExample({ issueId, features, suggestion, createdAt: at }))) return suggestion;
  if (snapshot.department.kind === 'known') await deps.triage.relabel({ issueId, dimension: 'department', from: null, to: snapshot.department.id });
  const category = categoryLabelOf(snapshot.complaint.subject);
  if (category !== null) await deps.triage.relabel({ issueId, dimension: 'category', from: null, to: category.key, name: category.name });
  return suggestion;
};
