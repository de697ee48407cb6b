import { settableScreenFields, type FieldScope } from '../fields/screen-fields';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import type { TransitionRecord } from '../store/workflow-store';
import { statusJson } from './catalog-json';
import { fieldMetadataJson } from './field-metadata-json';
import type { IssueTransitionJson } from './jira-models';

/** The fields of the transition's screen that it may set, as `expand=transitions.fields` lists them. */
function screenFieldsJson(site: JiraSite, transition: TransitionRecord, scope: FieldScope, baseUrl: string): Record<string, unknown> {
  return Object.fromEntries(
    settableScreenFields(site, transition.screenId, scope, 'edit').map((def) => [def.id, fieldMetadataJson(site, def, scope, baseUrl, 'edit')]),
  );
}

/** A transition as `GET /issue/{key}/transitions` lists it; `withFields` answers `expand=transitions.fields`. */
export function transitionJson(site: JiraSite, transition: TransitionRecord, project: ProjectRecord, issue: IssueRecord, baseUrl: string, withFields: boolean) {
  const to = site.statuses.byId(transition.toStatusId);
  return {
    id: transition.id,
    name: transition.name,
    ...(to === null ? {} : { to: statusJson(to, baseUrl) }),
    hasScreen: transition.screenId !== null,
    isGlobal: transition.type === 'GLOBAL',
    isInitial: false,
    isAvailable: true,
    isConditional: transition.rules.conditions !== null,
    // A transition into the status the issue is in, such as one that leads a status back to itself.
    looped: transition.toStatusId === String(issue.fields.status),
    ...(withFields ? { fields: screenFieldsJson(site, transition, { project, issueTypeId: String(issue.fields.issuetype) }, baseUrl) } : {}),
  } satisfies IssueTransitionJson;
}
