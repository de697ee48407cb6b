import { isRecord } from '../json-value';
import { migrateStatus } from '../issues/issue-workflow';
import type { JiraSite } from '../jira-site';
import type { WorkflowSchemeRecord } from '../store/workflow-scheme-store';

/** A workflow scheme's desired workflows, as `/workflowscheme/update` and its `/mappings` take them. */
export interface SchemeTarget {
  readonly scheme: WorkflowSchemeRecord;
  readonly defaultWorkflowId: string;
  readonly mappings: Readonly<Record<string, string>>;
}

/** An issue type whose workflow changes, and the statuses of its old workflow that the new one lacks. */
interface TypeChange {
  readonly issueTypeId: string;
  readonly fromWorkflowId: string;
  readonly toWorkflowId: string;
  readonly missingStatusIds: readonly string[];
}

const workflowIdIn = (target: Pick<SchemeTarget, 'defaultWorkflowId' | 'mappings'>, issueTypeId: string): string =>
  target.mappings[issueTypeId] ?? target.defaultWorkflowId;

const statusIdsOf = (site: JiraSite, workflowId: string): string[] => site.workflows.byId(workflowId)?.statuses.map((status) => status.statusId) ?? [];

/** The issue types the change touches: those of the projects using the scheme, and those it maps. */
export function typeChanges(site: JiraSite, target: SchemeTarget): TypeChange[] {
  const projectIds = site.workflowSchemes.projectIds(target.scheme.id);
  const issueTypeIds = [
    ...new Set([
      ...projectIds.flatMap((projectId) => site.catalog.issueTypesOfProject(projectId).map((type) => type.id)),
      ...Object.keys(target.scheme.mappings),
      ...Object.keys(target.mappings),
    ]),
  ];
  return issueTypeIds.flatMap((issueTypeId) => {
    const fromWorkflowId = site.workflowSchemes.workflowIdFor(target.scheme, issueTypeId);
    const toWorkflowId = workflowIdIn(target, issueTypeId);
    if (fromWorkflowId === toWorkflowId) return [];
    const kept = new Set(statusIdsOf(site, toWorkflowId));
    return [{ issueTypeId, fromWorkflowId, toWorkflowId, missingStatusIds: statusIdsOf(site, fromWorkflowId).filter((id) => !kept.has(id)) }];
  });
}

/** `POST /workflowscheme/update/mappings`: which statuses need a new home, by issue type and by workflow pair. */
export function requiredMappingsJson(site: JiraSite, target: SchemeTarget) {
  const changes = typeChanges(site, target).filter((change) => change.missingStatusIds.length > 0);
  const pairs = new Map<string, { sourceWorkflowId: string; targetWorkflowId: string; statusIds: string[] }>();
  for (const change of changes) {
    const key = `${change.fromWorkflowId}→${change.toWorkflowId}`;
    const pair = pairs.get(key) ?? { sourceWorkflowId: change.fromWorkflowId, targetWorkflowId: change.toWorkflowId, statusIds: [] };
    pair.statusIds = [...new Set([...pair.statusIds, ...change.missingStatusIds])];
    pairs.set(key, pair);
  }
  const workflowIds = [...new Set(changes.flatMap((change) => [change.fromWorkflowId, change.toWorkflowId]))];
  const statusIds = [...new Set(workflowIds.flatMap((id) => statusIdsOf(site, id)))];
  return {
    statusMappingsByIssueTypes: changes.map((change) => ({ issueTypeId: change.issueTypeId, statusIds: change.missingStatusIds })),
    statusMappingsByWorkflows: [...pairs.values()],
    statuses: statusIds.flatMap((id) => {
      const status = site.statuses.byId(id);
      return status === null ? [] : [{ id: status.id, name: status.name, category: status.category }];
    }),
    statusesPerWorkflow: workflowIds.map((workflowId) => {
      const workflow = site.workflows.byId(workflowId);
      const initial = workflow?.transitions.find((transition) => transition.type === 'INITIAL');
      return { workflowId, initialStatusId: initial?.toStatusId ?? '', statuses: statusIdsOf(site, workflowId) };
    }),
  };
}

const pairsOf = (raw: unknown): Map<string, string> =>
  new Map(
    (Array.isArray(raw) ? raw : []).flatMap((item: unknown) =>
      isRecord(item) && typeof item.oldStatusId === 'string' && typeof item.newStatusId === 'string' ? [[item.oldStatusId, item.newStatusId] as const] : [],
    ),
  );

/**
 * For each changed issue type, old status → new status, from the per-type overrides first and the
 * per-workflow mappings second; the problems list names every status left without a valid home.
 */
export function statusMoves(site: JiraSite, target: SchemeTarget, body: Readonly<Record<string, unknown>>) {
  const overrides = (Array.isArray(body.statusMappingsByIssueTypeOverride) ? body.statusMappingsByIssueTypeOverride : []).flatMap((item: unknown) =>
    isRecord(item) ? [{ issueTypeId: String(item.issueTypeId), pairs: pairsOf(item.statusMappings) }] : [],
  );
  const byWorkflows = (Array.isArray(body.statusMappingsByWorkflows) ? body.statusMappingsByWorkflows : []).flatMap((item: unknown) =>
    isRecord(item) ? [{ oldWorkflowId: String(item.oldWorkflowId), newWorkflowId: String(item.newWorkflowId), pairs: pairsOf(item.statusMappings) }] : [],
  );
  const moves = new Map<string, Map<string, string>>();
  const problems: string[] = [];
  for (const change of typeChanges(site, target)) {
    const allowed = new Set(statusIdsOf(site, change.toWorkflowId));
    const override = overrides.find((candidate) => candidate.issueTypeId === change.issueTypeId)?.pairs;
    const general = byWorkflows.find((c) => c.oldWorkflowId === change.fromWorkflowId && c.newWorkflowId === change.toWorkflowId)?.pairs;
    const typeMoves = new Map<string, string>();
    for (const statusId of change.missingStatusIds) {
      const to = override?.get(statusId) ?? general?.get(statusId);
      if (to === undefined || !allowed.has(to)) problems.push(`Issue type ${change.issueTypeId} needs a status of the new workflow for status ${statusId}.`);
      else typeMoves.set(statusId, to);
    }
    moves.set(change.issueTypeId, typeMoves);
  }
  return { moves, problems };
}

/** Moves every issue of the scheme's projects whose status its type's new workflow lacks. */
export function migrateIssues(site: JiraSite, schemeId: string, moves: ReadonlyMap<string, ReadonlyMap<string, string>>): number {
  const projectIds = new Set(site.workflowSchemes.projectIds(schemeId));
  let moved = 0;
  for (const issue of site.issues.all()) {
    const to = projectIds.has(issue.projectId) ? moves.get(String(issue.fields.issuetype))?.get(String(issue.fields.status)) : undefined;
    if (to === undefined) continue;
    migrateStatus(site, issue, to);
    moved += 1;
  }
  return moved;
}
