import { randomUUID } from 'node:crypto';
import { isRecord } from '../json-value';
import { issuesGovernedBy, migrateStatus } from '../issues/issue-workflow';
import type { JiraSite } from '../jira-site';
import type { StatusRecord } from '../store/status-store';
import type { WorkflowRecord } from '../store/workflow-store';
import { parseStatusPlans, parseWorkflowDocument, resolveStatuses, type Parsed, type StatusPlan, type WorkflowDocument } from './workflow-document';
import { validationError, type WorkflowValidationError } from './workflow-validation-error';

interface WorkflowChange {
  readonly existing: WorkflowRecord;
  readonly description: string;
  readonly document: WorkflowDocument;
  /** Issue id → the status reference it moves to, for issues whose status leaves the workflow. */
  readonly migrations: ReadonlyMap<string, string>;
}

/** A checked `/workflows/update` payload. */
export interface UpdatePlan {
  readonly statusPlans: ReadonlyMap<string, StatusPlan>;
  readonly changes: readonly WorkflowChange[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** `oldStatusReference → newStatusReference` pairs of a `statusMigrations` or `defaultStatusMappings` list. */
const migrationPairs = (raw: unknown): Map<string, string> =>
  new Map(
    (Array.isArray(raw) ? raw : []).flatMap((item: unknown) =>
      isRecord(item) ? [[text(item.oldStatusReference), text(item.newStatusReference)] as const] : [],
    ),
  );

/** Where each issue in a status that the new document drops must go, from the payload's mappings. */
function plannedMigrations(
  site: JiraSite,
  existing: WorkflowRecord,
  entry: Readonly<Record<string, unknown>>,
  kept: ReadonlySet<string>,
  errors: WorkflowValidationError[],
): Map<string, string> {
  const defaults = migrationPairs(entry.defaultStatusMappings);
  const specific = (Array.isArray(entry.statusMappings) ? entry.statusMappings : []).flatMap((item: unknown) =>
    isRecord(item) ? [{ projectId: text(item.projectId), issueTypeId: text(item.issueTypeId), pairs: migrationPairs(item.statusMigrations) }] : [],
  );
  const migrations = new Map<string, string>();
  for (const issue of issuesGovernedBy(site, existing.id)) {
    const statusId = String(issue.fields.status);
    if (kept.has(statusId)) continue;
    const issueTypeId = String(issue.fields.issuetype);
    const mapping = specific.find((candidate) => candidate.projectId === issue.projectId && candidate.issueTypeId === issueTypeId);
    const target = mapping?.pairs.get(statusId) ?? defaults.get(statusId);
    if (target === undefined) {
      errors.push(
        validationError('STATUS_MAPPING', 'MISSING_STATUS_MAPPING', `Issues in status '${statusId}' need a status to move to.`, {
          statusMappingReference: { projectId: issue.projectId, issueTypeId },
        }),
      );
    } else {
      migrations.set(issue.id, target);
    }
  }
  return migrations;
}

/** Checks a `/workflows/update` payload without changing anything. */
export function planWorkflowUpdate(site: JiraSite, body: Readonly<Record<string, unknown>>): Parsed<UpdatePlan> {
  const errors: WorkflowValidationError[] = [];
  const statusPlans = parseStatusPlans(site, body.statuses, null);
  errors.push(...statusPlans.errors);
  const changes = (Array.isArray(body.workflows) ? body.workflows : []).flatMap((raw: unknown): WorkflowChange[] => {
    const entry = isRecord(raw) ? raw : {};
    const existing = site.workflows.byId(text(entry.id));
    if (existing === null) {
      errors.push(validationError('WORKFLOW', 'WORKFLOW_NOT_FOUND', `The workflow with ID '${text(entry.id)}' does not exist.`));
      return [];
    }
    const version = isRecord(entry.version) ? entry.version : {};
    if (version.versionNumber !== existing.version.versionNumber || (version.id !== undefined && version.id !== existing.version.id)) {
      errors.push(validationError('WORKFLOW', 'VERSION_CONFLICT', `The workflow '${existing.name}' has changed since this version; read it again.`));
    }
    if (existing.name === 'jira') errors.push(validationError('WORKFLOW', 'WORKFLOW_NOT_EDITABLE', 'The system workflow cannot be changed.'));
    const document = parseWorkflowDocument(site, entry, statusPlans.value);
    errors.push(...document.errors);
    const kept = new Set(document.value.statuses.flatMap((status) => statusPlans.value.get(status.statusId)?.existingId ?? []));
    const migrations = plannedMigrations(site, existing, entry, kept, errors);
    return [{ existing, description: typeof entry.description === 'string' ? entry.description : existing.description, document: document.value, migrations }];
  });
  return { value: { statusPlans: statusPlans.value, changes }, errors };
}

/** Creates new statuses, rewrites each workflow at the next version and moves issues out of dropped statuses. */
export function applyWorkflowUpdate(site: JiraSite, plan: UpdatePlan): { statuses: StatusRecord[]; workflows: WorkflowRecord[] } {
  return site.db.transaction(() => {
    const idByReference = new Map<string, string>();
    const statuses = [...plan.statusPlans.values()].map((status): StatusRecord => {
      const existing = status.existingId === null ? null : site.statuses.byId(status.existingId);
      const record = existing ?? { id: site.nextId('status'), name: status.name, description: status.description, category: status.category, projectId: null };
      if (existing === null) site.statuses.insert(record);
      idByReference.set(status.statusReference, record.id);
      return record;
    });
    const idOf = (reference: string): string => idByReference.get(reference) ?? reference;
    const workflows = plan.changes.map((change): WorkflowRecord => {
      const record = {
        ...change.existing,
        description: change.description,
        version: { id: randomUUID(), versionNumber: change.existing.version.versionNumber + 1 },
        updated: site.now(),
        ...resolveStatuses(change.document, idOf),
      };
      site.workflows.replace(record);
      for (const [issueId, reference] of change.migrations) {
        const issue = site.issues.byIdOrKey(issueId);
        if (issue !== null) migrateStatus(site, issue, idOf(reference));
      }
      return record;
    });
    return { statuses, workflows };
  })();
}
