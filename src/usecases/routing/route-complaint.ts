import { handToResponsible } from './hand-to-responsible';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { factsOf } from '../../domain/notifications/complaint-facts';
import { decideRoute, triageDecision } from '../../domain/routing/route-complaint.rules';
import type { RouteDecision } from '../../domain/routing/route-decision';
import { routingMessage, routingRecipients, routingTarget } from '../../domain/routing/routing-notice';
import { routingNeed } from '../../domain/routing/routing-stickiness';
import type { JiraPort } from '../../ports/jira.port';
import type { MessageOutbox } from '../../ports/message-outbox.port';
import type { ProjectBindingRepository } from '../../ports/project-binding.port';
import type { ComplaintRecord, KeyedTrailEntry } from '../../ports/store.port';
import type { TriageModelStore } from '../../ports/triage-model.port';
import type { WorkQueue } from '../../ports/work-queue.port';
import { autoRouteDecision, suggestionNote } from '../../domain/triage/auto-route';
import { departmentOf } from '../../domain/routing/advocate-of';
import type { StoredSuggestion } from '../../domain/triage/triage-example';
import type { DeliverMessageDeps } from '../notifications/deliver-message';
import { deliverMessages } from '../notifications/deliver-messages';
import { rescheduleComplaint, type ScheduleDeps } from '../scheduling/reschedule-complaint';

/** Attempts before the complaint goes to triage; each one is Jira's own retries deep already. */
export const MAX_ROUTE_ATTEMPTS = 3;
/** How long an attempt holds the complaint, and when the next one may start if this one fails. */
const RETRY_DELAY_MS = [60_000, 5 * 60_000, 15 * 60_000] as const;
const delayAfter = (attempt: number): number => RETRY_DELAY_MS[Math.min(attempt, RETRY_DELAY_MS.length) - 1] ?? 60_000;
const MAX_TRIES = 5;

export interface RouteComplaintDeps extends ScheduleDeps, DeliverMessageDeps {
  readonly jira: Pick<JiraPort, 'assign' | 'setAppFieldValues' | 'setOptionOverridingScreens'>;
  /** The project's binding names the Responsible field that routing writes. */
  readonly bindings: Pick<ProjectBindingRepository, 'load'>;
  /** Every message is recorded here before the trail entry it stands for, and delivered from here. */
  readonly outbox: Pick<MessageOutbox, 'record' | 'claim' | 'finish' | 'postpone'>;
  /** Routing retries go through it. */
  readonly queue: WorkQueue;
  readonly config: AppConfig;
  /** The suggestion kept when the complaint came in: named to the advocates in triage, or routed on when an admin allows it. */
  readonly triage: Pick<TriageModelStore, 'exampleOf'>;
}

export interface RouteHint {
  readonly unknownDepartment?: string | null;
  readonly projectNotSetUp?: boolean;
}

export type RouteOutcome =
  | { readonly kind: 'routed'; readonly decision: RouteDecision }
  | { readonly kind: 'not_needed'; readonly because: 'already_routed' | 'not_indexed' }
  /** Another attempt holds the complaint (a duplicate event, or the sweep), or it is not time to retry yet. */
  | { readonly kind: 'busy' }
  | { readonly kind: 'retry_scheduled'; readonly attempt: number; readonly delayMs: number; readonly error: unknown };

/**
 * Routes a complaint the index holds and has not routed (design.md section 4). The person routing
 * chooses becomes the complaint's responsible person: routing writes the app's read-only
 * Responsible field, which alone grants the lead's workflow power, and assigns the complaint to
 * them, unless a person assigned it in Jira before routing ran: that assignment stands (it grants
 * nothing), and routing still decides, records and tells. Then one notification. An attempt first
 * claims the row (optimistic version), so a duplicate event or a concurrent sweep cannot route
 * twice; the message is recorded before the trail's `route` entry, so it is sent once, now or by
 * the sweep. When Jira refuses, the attempt is counted and a retry is scheduled; after
 * MAX_ROUTE_ATTEMPTS the advocates take the complaint in triage, so it is never left unrouted.
 * @param hint what the event knew and the index does not keep: a Department the configuration
 *   lacks, or a project that was never set up; triage then says so.
 */
export const routeComplaint = async (deps: RouteComplaintDeps, issueId: string, hint: RouteHint = {}): Promise<RouteOutcome> => {
  const claimed = await claimRouting(deps, issueId);
  if (claimed.kind !== 'claimed') return claimed;
  const { row, attempt, now, keepAssignee } = claimed;
  const { jira, store, config } = deps;

  const unknown = hint.unknownDepartment ?? null;
  const fieldIds = hint.projectNotSetUp === true ? undefined : (await deps.bindings.load(row.projectKey))?.fieldIds;
  const responsibleField = fieldIds?.responsible;
  let decision =
    attempt > MAX_ROUTE_ATTEMPTS
      ? triageDecision('triage.routing_failed', row.departmentId, config)
      : responsibleField === undefined
        ? triageDecision('triage.project_not_set_up', null, config)
        : decideRoute({ departmentId: row.departmentId ?? (unknown === null ? null : `?${unknown}`), subject: row.subject, config });
  const suggestion = decision.reason === 'triage.no_department' ? ((await deps.triage.exampleOf(issueId))?.suggestion ?? null) : null;
  const auto = autoRouteDecision(decision, suggestion, row.subject, config);
  if (auto !== null) decision = auto;
  if (decision.target.kind === 'user' && responsibleField !== undefined) {
    const { accountId } = decision.target;
    try {
      await handToResponsible(jira, row, responsibleField, accountId, keepAssignee);
      // On its own suggestion the app also fills in the Department, as a re-route does, once the
      // assignment held: a Department in Jira before that would make a retry read it as the registrar's.
      if (auto !== null && fieldIds !== undefined) {
        await jira.setOptionOverridingScreens(issueId, fieldIds.department, departmentOf(config, auto.departmentId)?.name ?? '');
      }
    } catch (error) {
      if (attempt < MAX_ROUTE_ATTEMPTS) {
        console.warn(`Routing ${row.issueKey}: attempt ${String(attempt)} failed, retrying later`, error);
        const delayMs = delayAfter(attempt);
        await deps.queue.push([{ kind: 'route', issueId }], delayMs).catch((e: unknown) => {
          console.error(`Routing ${row.issueKey}: could not queue the retry; the sweep will retry`, e);
        });
        return { kind: 'retry_scheduled', attempt, delayMs, error };
      }
      console.error(`Routing ${row.issueKey}: Jira refused ${String(attempt)} times, the advocates take it in triage`, error);
      decision = triageDecision('triage.routing_failed', auto === null ? decision.departmentId : null, config);
    }
  }
  const routedOnSuggestion = auto !== null && decision === auto;

  const entry: KeyedTrailEntry = {
    key: 'route',
    issueId,
    at: now,
    kind: 'routed',
    actorAccountId: null,
    reason: decision.reason,
    recipients: [routingTarget(decision)],
    status: row.status,
  };
  const named = routedOnSuggestion || decision.target.kind === 'triage' ? namedSuggestion(suggestion, config) : undefined;
  await deps.outbox.record(
    [
      {
        issueId,
        key: entry.key,
        issueKey: row.issueKey,
        to: routingRecipients(decision),
        message: { ...routingMessage(decision), ...(named === undefined ? {} : { suggestion: named }) },
        facts: factsOf(config, { issueKey: row.issueKey, departmentId: decision.departmentId }),
      },
    ],
    now,
  );
  const autoEntry: KeyedTrailEntry[] =
    routedOnSuggestion && suggestion !== null
      ? [{ key: 'suggestion:auto', issueId, at: now, kind: 'suggestion', actorAccountId: null, reason: 'suggestion.auto_routed', recipients: [], status: row.status, note: suggestionNote(suggestion, config) }]
      : [];
  const first = (await store.appendTrail([entry, ...autoEntry])).includes(entry.key);
  // Written over whatever changed the row since the claim (the assignment's own event, typically).
  const responsible = decision.target.kind === 'user' ? decision.target.accountId : null;
  await rescheduleComplaint(deps, issueId, (current) => ({
    assigneeAccountId: responsible !== null && !keepAssignee ? responsible : current.assigneeAccountId,
    responsibleAccountId: responsible,
    departmentId: decision.departmentId,
    routedAt: now,
  }));
  // The sweep sends it if this fails, or if another attempt won the trail entry and then stopped.
  if (first) await deliverMessages(deps, [{ issueId, key: entry.key }]);
  return { kind: 'routed', decision };
};

/** A suggestion as a message names it; none when there is none, or its department is gone from the settings. */
const namedSuggestion = (suggestion: StoredSuggestion | null, config: AppConfig) => {
  const dept = suggestion === null ? undefined : departmentOf(config, suggestion.departmentId);
  return suggestion === null || dept === undefined ? undefined : { departmentName: dept.name, confidence: suggestion.confidence };
};

type Claim =
  | { readonly kind: 'claimed'; readonly row: ComplaintRecord; readonly attempt: number; readonly now: number; readonly keepAssignee: boolean }
  | Extract<RouteOutcome, { kind: 'not_needed' | 'busy' }>;

/** Takes the complaint for one routing attempt, unless it needs none or another attempt holds it. */
const claimRouting = async ({ store, clock }: ScheduleDeps, issueId: string): Promise<Claim> => {
  for (let tries = 1; tries <= MAX_TRIES; tries += 1) {
    const row = await store.getComplaint(issueId);
    if (row === null) return { kind: 'not_needed', because: 'not_indexed' };
    const need = routingNeed(await store.trailOf(issueId));
    if (!need.route) return { kind: 'not_needed', because: need.because };
    if (row.routedAt !== null) return { kind: 'not_needed', because: 'already_routed' };
    const now = clock.now();
    if (row.routeAttempts > 0 && (row.nextDueAt ?? 0) > now) return { kind: 'busy' };
    const attempt = row.routeAttempts + 1;
    // Holding the row until the retry moment keeps a second event or the sweep from routing it at the same time.
    const claim: ComplaintRecord = { ...row, routeAttempts: attempt, nextDueAt: now + delayAfter(attempt), version: row.version + 1 };
    if (await store.saveComplaint(claim, row.version)) return { kind: 'claimed', row: claim, attempt, now, keepAssignee: need.keepAssignee };
  }
  return { kind: 'busy' };
};
