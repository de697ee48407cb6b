import type { JiraChangeItem } from '../emulator.types';
import { allFields } from '../fields/field-catalog';
import type { IssueRecord, StoredFields } from '../store/issue-store';
import type { ProjectRecord } from '../store/project-store';
import { changeItemsFor } from './changelog-items';
import { createdEvent, updatedEvent } from './product-events';
import type { WriteUnit } from './write-unit';

/** Stores a new issue with the next key of its project and queues its created event. */
export function insertIssue(unit: WriteUnit, project: ProjectRecord, fields: StoredFields): IssueRecord {
  const { site } = unit;
  const now = site.now();
  const issue: IssueRecord = {
    id: site.nextId('issue'),
    key: `${project.key}-${site.projects.nextIssueNumber(project.id)}`,
    projectId: project.id,
    fields: { ...fields, statuscategorychangedate: now },
    created: now,
    updated: now,
  };
  site.issues.insert(issue);
  unit.events.push(createdEvent(site, unit.baseUrl, project, issue, unit.actor.user.accountId));
  return issue;
}

/** Fields Jira keeps in step with others: the status category's change time and the resolution date. */
function derivedFields(unit: WriteUnit, issue: IssueRecord, changes: StoredFields): StoredFields {
  const { site } = unit;
  const derived: Record<string, unknown> = {};
  if ('status' in changes) {
    const before = site.statuses.byId(String(issue.fields.status));
    const after = site.statuses.byId(String(changes.status));
    if (before?.category !== after?.category) derived.statuscategorychangedate = site.now();
  }
  if ('resolution' in changes && (changes.resolution ?? null) !== (issue.fields.resolution ?? null)) {
    derived.resolutiondate = changes.resolution === null ? null : site.now();
  }
  return derived;
}

/**
 * Applies stored-value changes to an issue, logs them in one changelog entry and queues the
 * updated event. `extraItems` carries changes that are not field values, such as new links.
 * Nothing is written when nothing changed.
 */
export function updateIssue(
  unit: WriteUnit,
  project: ProjectRecord,
  issue: IssueRecord,
  changes: StoredFields,
  extraItems: readonly JiraChangeItem[] = [],
): IssueRecord {
  const { site } = unit;
  const definitions = allFields(site.customFields.all());
  const items = [
    ...definitions.flatMap((def) => (def.id in changes ? changeItemsFor(site, def, issue.fields[def.id], changes[def.id]) : [])),
    ...extraItems,
  ];
  if (items.length === 0) return issue;
  const updated: IssueRecord = {
    ...issue,
    fields: { ...issue.fields, ...changes, ...derivedFields(unit, issue, changes) },
    updated: site.now(),
  };
  site.issues.save(updated);
  const changelog = { id: site.nextId('changelog'), issueId: issue.id, authorAccountId: unit.actor.user.accountId, created: updated.updated, items };
  site.history.insert(changelog);
  unit.events.push(updatedEvent(site, unit.baseUrl, project, updated, unit.actor.user.accountId, changelog));
  return updated;
}
