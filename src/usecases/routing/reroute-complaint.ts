import { inputContextOf } from '../../domain/workflow/action-input';
import { handToResponsible } from './hand-to-responsible';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { factsOf } from '../../domain/notifications/complaint-facts';
import { REROUTED_BY_ADVOCATE, rerouteTarget } from '../../domain/routing/reroute-target';
import { advocateOf, departmentOf } from '../../domain/routing/advocate-of';
import { mayPerform, type Denial } from '../../domain/workflow/may-perform';
import { rolesOf, type Person } from '../../domain/workflow/roles-of';
import type { JiraPort } from '../../ports/jira.port';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { KeyedTrailEntry } from '../../ports/store.port';
import type { TriageModelStore } from '../../ports/triage-model.port';
import { suggestionNote } from '../../domain/triage/auto-route';
import type { DeliverMessageDeps } from '../notifications/deliver-message';
import { deliverMessages } from '../notifications/deliver-messages';
import { rescheduleComplaint, type ScheduleDeps } from '../scheduling/reschedule-complaint';

/** The longest reason a re-route keeps: a sentence or a short paragraph, as on the transition screens. */
export const MAX_REROUTE_REASON = 1000;

export interface RerouteComplaintDeps extends ScheduleDeps, DeliverMessageDeps {
  readonly jira: Pick<JiraPort, 'assign' | 'setAppFieldValues' | 'setOptionOverridingScreens'>;
  /** The project's binding names the Department and Responsible fields. */
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
  readonly outbox: Pick<MessageOutbox, 'record' | 'claim' | 'finish' | 'postpone'>;
  readonly config: AppConfig;
  /** The complaint's example: the trail says whether its suggestion was taken, and the model learns the advocate's choice. */
  readonly triage: Pick<TriageModelStore, 'exampleOf' | 'relabel'>;
}

/** The reason code of a re-route that accepted the app's suggestion with one click. */
export const REROUTED_ON_SUGGESTION = 'rerouted.suggested';

export interface RerouteRequest {
  readonly issueId: string;
  readonly departmentId: string;
  /** The department's lead, deputy or escalation manager to take it; by default whom routing chooses there. */
  readonly accountId?: string;
  readonly reason: string;
  /** One click on the suggestion: the department must still be the suggested one (see acceptSuggestion). */
  readonly suggested?: boolean;
}

export type RerouteRefusal =
  | Denial
  | { readonly code: 'unknown_complaint' }
  | { readonly code: 'project_not_set_up' }
  | { readonly code: 'not_eligible' | 'no_one_to_route_to' }
  /** The complaint is in this department with this responsible person already. */
  | { readonly code: 'nothing_to_change' }
  /** Accepted a suggestion that is not (or no longer) the complaint's: it left triage, or the model suggested another department. */
  | { readonly code: 'suggestion_changed' };

export type RerouteOutcome =
  | { readonly kind: 'rerouted'; readonly departmentId: string; readonly responsibleAccountId: string }
  | { readonly kind: 'refused'; readonly refusal: RerouteRefusal };

const refused = (refusal: RerouteRefusal): RerouteOutcome => ({ kind: 'refused', refusal });

/**
 * An advocate sends a complaint to another department or person, with a reason (design.md
 * sections 3, 4): the way out of triage, and the fix for a wrong routing. The app writes the
 * Department (off the edit screen, where people may not change it), the Responsible field and the
 * assignee; then the index, the trail's `rerouted` entry and one message to the old and the new
 * responsible person and the advocate. The trail entry is keyed by the row's version the call
 * started from, so two identical calls at once record and tell once; a call that changes nothing
 * is refused.
 */
export const rerouteComplaint = async (deps: RerouteComplaintDeps, caller: Person, request: RerouteRequest): Promise<RerouteOutcome> => {
  const { store, config } = deps;
  const row = await store.getComplaint(request.issueId);
  if (row === null) return refused({ code: 'unknown_complaint' });
  const reason = request.reason.trim();
  const decision = mayPerform({
    action: 'reroute',
    roles: rolesOf(caller, row, config),
    status: row.status,
    input: { reason, department: request.departmentId },
    ...inputContextOf(config, deps.clock.now()),
  });
  if (!decision.allowed) return refused(decision.denial);
  if (reason.length > MAX_REROUTE_REASON) return refused({ code: 'invalid_input', input: 'reason', problem: 'out_of_range' });
  const target = rerouteTarget(request.departmentId, row.subject, request.accountId, config);
  if (!target.ok) return refused({ code: target.problem });
  const responsible = target.accountId;
  if (row.departmentId === request.departmentId && row.responsibleAccountId === responsible) return refused({ code: 'nothing_to_change' });
  const example = await deps.triage.exampleOf(row.issueId);
  const suggestion = example?.suggestion ?? null;
  if (request.suggested === true && (row.departmentId !== null || suggestion?.departmentId !== request.departmentId)) return refused({ code: 'suggestion_changed' });
  const binding = await deps.bindings.load(row.projectKey);
  if (binding === null) return refused({ code: 'project_not_set_up' });
  // departmentOf cannot miss here: mayPerform checked the id against the configuration.
  const dept = departmentOf(config, request.departmentId);
  await deps.jira.setOptionOverridingScreens(row.issueId, binding.fieldIds.department, dept?.name ?? request.departmentId);
  await handToResponsible(deps.jira, row, binding.fieldIds.responsible, responsible);

  const now = deps.clock.now();
  const advocate = advocateOf(dept, config.groups.advocate);
  const people = new Set([row.responsibleAccountId, responsible, advocate.kind === 'user' ? advocate.accountId : null, caller.accountId]);
  const accountIds = [...people].filter((id): id is string => id !== null);
  const groups = advocate.kind === 'group' ? [advocate.group] : [];
  const entry: KeyedTrailEntry = {
    key: `reroute:${String(row.version)}`,
    issueId: row.issueId,
    at: now,
    kind: 'rerouted',
    actorAccountId: caller.accountId,
    reason: request.suggested === true ? REROUTED_ON_SUGGESTION : REROUTED_BY_ADVOCATE,
    recipients: [...accountIds.map((id) => `user:${id}`), ...groups.map((g) => `group:${g}`)],
    status: row.status,
    ...(request.suggested === true ? {} : { note: reason }),
  };
  // The first person's decision on a suggestion: taken (the same department) or overridden. Once per complaint.
  const verdict: KeyedTrailEntry[] =
    suggestion === null || example?.department !== null
      ? []
      : [
          {
            key: 'suggestion:verdict',
            issueId: row.issueId,
            at: now,
            kind: 'suggestion',
            actorAccountId: caller.accountId,
            reason: suggestion.departmentId === request.departmentId ? 'suggestion.accepted' : 'suggestion.overridden',
            recipients: [],
            status: row.status,
            note: suggestionNote(suggestion, config),
          },
        ];
  await deps.outbox.record(
    [
      {
        issueId: row.issueId,
        key: entry.key,
        issueKey: row.issueKey,
        to: { accountIds, groups },
        message: {
          kind: 'rerouted',
          // One click gives no reason of the advocate's own: the suggestion's line says why.
          reason: request.suggested === true ? '' : reason,
          ...(request.suggested === true && suggestion !== null ? { suggestion: { departmentName: dept?.name ?? request.departmentId, confidence: suggestion.confidence } } : {}),
        },
        facts: factsOf(config, { issueKey: row.issueKey, departmentId: request.departmentId }),
      },
    ],
    now,
  );
  const first = (await store.appendTrail([entry, ...verdict])).includes(entry.key);
  // The model forgets the complaint under the department it learned (the registrar's) and learns the advocate's.
  if (first && example !== null) await deps.triage.relabel({ issueId: row.issueId, dimension: 'department', from: example.department, to: request.departmentId });
  await rescheduleComplaint(deps, row.issueId, () => ({
    assigneeAccountId: responsible,
    responsibleAccountId: responsible,
    departmentId: request.departmentId,
    // A complaint routing has not reached yet needs no routing after this (see routingNeed).
    routedAt: row.routedAt ?? now,
  }));
  if (first) await deliverMessages(deps, [{ issueId: row.issueId, key: entry.key }]);
  return { kind: 'rerouted', departmentId: request.departmentId, responsibleAccountId: responsible };
};
