import { randomUUID } from 'node:crypto';
import { isRecord } from '../json-value';
import type { JiraSite } from '../jira-site';
import type { StatusRecord } from '../store/status-store';
import type { WorkflowRecord } from '../store/workflow-store';
import { parseStatusPlans, parseWorkflowDocument, resolveStatuses, type Parsed, type StatusPlan, type WorkflowDocument } from './workflow-document';
import { validationError, type WorkflowValidationError } from './workflow-validation-error';

interface NewWorkflow {
  readonly name: string;
  readonly description: string;
  readonly document: WorkflowDocument;
}

/** A checked `/workflows/create` payload. */
export interface CreatePlan {
  readonly projectId: string | null;
  readonly statusPlans: ReadonlyMap<string, StatusPlan>;
  readonly workflows: readonly NewWorkflow[];
}

function scopeOf(site: JiraSite, raw: unknown, errors: WorkflowValidationError[]): string | null {
  if (raw === undefined || raw === null) return null;
  const scope = isRecord(raw) ? raw : {};
  if (scope.type === 'GLOBAL') return null;
  const project = scope.type === 'PROJECT' && isRecord(scope.project) ? site.projects.byIdOrKey(String(scope.project.id)) : null;
  if (project === null) errors.push(validationError('SCOPE', 'INVALID_SCOPE', 'The scope must be GLOBAL, or PROJECT with an existing project id.'));
  return project?.id ?? null;
}

/** Checks a `/workflows/create` payload without changing anything. */
export function planWorkflowCreate(site: JiraSite, body: Readonly<Record<string, unknown>>): Parsed<CreatePlan> {
  const errors: WorkflowValidationError[] = [];
  const projectId = scopeOf(site, body.scope, errors);
  const statuses = parseStatusPlans(site, body.statuses, projectId);
  errors.push(...statuses.errors);
  const names = new Set<string>();
  const workflows = (Array.isArray(body.workflows) ? body.workflows : []).map((raw: unknown): NewWorkflow => {
    const entry = isRecord(raw) ? raw : {};
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (name === '') errors.push(validationError('WORKFLOW', 'MISSING_WORKFLOW_NAME', 'Every workflow needs a name.'));
    else if (names.has(name) || site.workflows.byName(name) !== null) {
      errors.push(validationError('WORKFLOW', 'NON_UNIQUE_WORKFLOW_NAME', `A workflow with the name '${name}' already exists.`));
    }
    names.add(name);
    const document = parseWorkflowDocument(site, entry, statuses.value);
    errors.push(...document.errors);
    return { name, description: typeof entry.description === 'string' ? entry.description : '', document: document.value };
  });
  if (workflows.length === 0) errors.push(validationError('WORKFLOW', 'MISSING_WORKFLOWS', 'The payload has no workflows.'));
  return { value: { projectId, statusPlans: statuses.value, workflows }, errors };
}

/** Creates the plan's new statuses, then its workflows, in one transaction. */
export function applyWorkflowCreate(site: JiraSite, plan: CreatePlan): { statuses: StatusRecord[]; workflows: WorkflowRecord[] } {
  return site.db.transaction(() => {
    const idByReference = new Map<string, string>();
    const statuses = [...plan.statusPlans.values()].map((status): StatusRecord => {
      const existing = status.existingId === null ? null : site.statuses.byId(status.existingId);
      if (existing !== null) {
        idByReference.set(status.statusReference, existing.id);
        return existing;
      }
      const created = { id: site.nextId('status'), name: status.name, description: status.description, category: status.category, projectId: plan.projectId };
      site.statuses.insert(created);
      idByReference.set(status.statusReference, created.id);
      return created;
    });
    const now = site.now();
    const workflows = plan.workflows.map((workflow): WorkflowRecord => {
      const document = resolveStatuses(workflow.document, (reference) => idByReference.get(reference) ?? reference);
      const record = {
        id: randomUUID(),
        name: workflow.name,
        description: workflow.description,
        projectId: plan.projectId,
        version: { id: randomUUID(), versionNumber: 1 },
        created: now,
        updated: now,
        ...document,
      };
      site.workflows.insert(record);
      return record;
    });
    return { statuses, workflows };
  })();
}
