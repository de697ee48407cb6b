import { isAppError } from '../../domain/app-error';
import type { Complaint } from '../../domain/complaint';
import type { IssueSnapshot } from '../../domain/intake/complaint-snapshot';
import { factsOf } from '../../domain/notifications/complaint-facts';
import { recipientsOf } from '../../domain/reminders/recipients-of';
import type { JiraPort } from '../../ports/jira.port';
import type { KeyedTrailEntry } from '../../ports/store.port';
import { notifyPeople } from '../notifications/notify-people';
import type { RouteComplaintDeps } from '../routing/route-complaint';

export interface LinkDuplicateDeps extends RouteComplaintDeps {
  readonly jira: Pick<JiraPort, 'linkAsDuplicate'> & RouteComplaintDeps['jira'];
}

export type DuplicateOutcome = 'not_a_duplicate' | 'already_recorded' | 'linked' | 'unknown_key' | 'failed';

/**
 * A complaint closed as a duplicate (its Duplicate of field holds a key) is linked to the one it
 * duplicates with Jira's Duplicate link, and the trail says so, once: the trail key `duplicate:<KEY>`
 * is the guard, and a link Jira already shows is not made again. A key that names no complaint the
 * app can see is told to the complaint's advocate, who links it by hand, rather than lost. Any
 * other failure leaves no entry, so the complaint's next event (or a reconciliation that finds it changed) tries again.
 */
export const linkDuplicate = async (deps: LinkDuplicateDeps, snapshot: IssueSnapshot, record: Complaint): Promise<DuplicateOutcome> => {
  const duplicated = snapshot.duplicateOf;
  if (record.status !== 'closed' || duplicated === null) return 'not_a_duplicate';
  const key = `duplicate:${duplicated}`;
  if ((await deps.store.trailOf(record.issueId)).some((e) => e.key === key)) return 'already_recorded';
  const entry = (reason: 'duplicate.linked' | 'duplicate.unknown_key', recipients: readonly string[]): KeyedTrailEntry => ({
    key,
    issueId: record.issueId,
    at: deps.clock.now(),
    kind: 'duplicate_linked',
    actorAccountId: null,
    reason,
    recipients,
    status: record.status,
    note: duplicated,
  });
  try {
    if (!snapshot.duplicates.includes(duplicated)) await deps.jira.linkAsDuplicate(record.issueKey, duplicated);
  } catch (error) {
    if (!isAppError(error) || (error.code !== 'NOT_FOUND' && error.code !== 'INVALID_INPUT')) {
      console.error(`Complaint ${record.issueKey}: could not link it to ${duplicated}; its next event tries again`, error);
      return 'failed';
    }
    // Jira has no such issue (404), or refuses the key (400): only a person can tell which complaint was meant.
    const stored = await deps.store.appendTrail([entry('duplicate.unknown_key', ['advocate'])]);
    if (stored.length > 0) {
      await notifyPeople(deps, {
        issueKey: record.issueKey,
        to: recipientsOf(['advocate'], record, deps.config),
        message: { kind: 'duplicate_unknown' },
        facts: factsOf(deps.config, record),
        issueUrl: null,
      }).catch((e: unknown) => {
        console.error(`Complaint ${record.issueKey}: could not tell the advocate of the unknown duplicate ${duplicated}`, e);
      });
    }
    return 'unknown_key';
  }
  await deps.store.appendTrail([entry('duplicate.linked', [])]);
  return 'linked';
};
