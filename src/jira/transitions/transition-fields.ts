import type { Resolution } from '../../domain/complaint';
import type { ActionInput } from '../../domain/workflow/action-input';
import { WORKFLOW, type TransitionAction } from '../../domain/workflow/complaint-workflow';
import type { FieldIds } from '../provisioning/complaint-fields';

/**
 * The resolutions the closing transitions set, by name: Jira's defaults, which every site starts
 * with and Set up project does not create (`issueSnapshot` reads "Won't Do" back as withdrawn).
 */
export const RESOLUTION_NAMES: Readonly<Record<Resolution, string>> = { done: 'Done', withdrawn: "Won't Do", duplicate: 'Duplicate' };

/** A plain text as Atlassian Document Format, one paragraph a line: REST v3 takes text areas only so. */
export const adfDocument = (text: string) => ({
  type: 'doc',
  version: 1,
  content: text.split('\n').map((line) => ({ type: 'paragraph', content: line === '' ? [] : [{ type: 'text', text: line }] })),
});

/**
 * The `fields` of `POST /issue/{id}/transitions` for a panel action, in REST v3 shapes: text areas
 * (Measures, Action taken, Call notes) as documents, the deadline as `YYYY-MM-DD`, Compensation as
 * a number, Reason and Duplicate of as strings, and Jira's Resolution where the action closes.
 * Only what the transition's screen shows: satisfaction and "considers it resolved" are the app's
 * read-only fields, which the app writes itself.
 */
export const transitionFields = (action: TransitionAction, input: ActionInput, ids: FieldIds): Record<string, unknown> => {
  const text = (value: string | undefined) => (value === undefined ? undefined : adfDocument(value.trim()));
  const values: Readonly<Record<string, unknown>> = {
    [ids.measures]: text(input.measures),
    [ids.measuresDeadline]: input.measuresDeadline,
    [ids.actionTaken]: text(input.actionTaken),
    [ids.callNotes]: text(input.callNotes),
    [ids.compensation]: input.compensation,
    [ids.reason]: input.reason?.trim(),
    [ids.duplicateOf]: input.duplicateOf?.trim().toUpperCase(),
  };
  const resolution = WORKFLOW[action].resolution;
  return {
    ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)),
    ...(resolution === undefined ? {} : { resolution: { name: RESOLUTION_NAMES[resolution] } }),
  };
};
