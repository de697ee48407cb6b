import { fieldErrors } from '../http/jira-error';
import { parseEditBody, type EditBody } from '../fields/edit-input';
import type { FieldInputContext } from '../fields/field-input';
import type { IssueRecord, StoredFields } from '../store/issue-store';
import { insertIssue } from './issue-writer';
import { workflowOf } from './issue-workflow';
import type { WriteUnit } from './write-unit';

export interface NewIssue {
  readonly issueTypeId: string;
  readonly body: EditBody;
  /** The fields of the create screen the request goes through. */
  readonly screen: ReadonlySet<string>;
  /** Values set by the caller's route rather than the body, such as a JSM request type. */
  readonly preset: StoredFields;
}

/**
 * Creates an issue in the status its workflow's initial transition leads to, with Jira's
 * defaults: the caller reports and creates it, the default priority, nobody assigned.
 */
export function createIssue(unit: WriteUnit, ctx: FieldInputContext, input: NewIssue): IssueRecord {
  const { site } = unit;
  const { project } = ctx;
  const values = parseEditBody(ctx, input.body, { mode: 'create', screen: input.screen, current: {}, skip: new Set(['project', 'issuetype']) });
  if (typeof values.summary !== 'string') throw fieldErrors({ summary: 'You must specify a summary of the issue.' });
  if ('reporter' in values && !site.permissions.hasProject(unit.actor, project, 'MODIFY_REPORTER')) {
    throw fieldErrors({ reporter: 'You do not have permission to modify the reporter of this issue.' });
  }
  const initial = workflowOf(site, project, input.issueTypeId).transitions.find((transition) => transition.type === 'INITIAL');
  if (initial === undefined) throw new Error(`The workflow of issue type ${input.issueTypeId} has no initial transition`);
  const caller = unit.actor.user.accountId;
  return insertIssue(unit, project, {
    description: null,
    assignee: null,
    reporter: caller,
    priority: site.catalog.priorities().find((priority) => priority.isDefault)?.id ?? null,
    labels: [],
    components: [],
    duedate: null,
    resolution: null,
    resolutiondate: null,
    ...values,
    ...input.preset,
    issuetype: input.issueTypeId,
    status: initial.toStatusId,
    creator: caller,
  });
}
