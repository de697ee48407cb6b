import { businessDayOf, isWorkingTime } from '../../domain/calendar/business-calendar';
import type { AppConfig } from '../../domain/config/app-config.schema';
import { advocateDigests, projectKeyOf, queuePagePath, type AdvocateDigest } from '../../domain/desk/advocate-digest';
import { advocateQueue, dueSoonBefore } from '../../domain/desk/advocate-queue';
import { reminderDayStart } from '../../domain/reminders/reminder-history';
import type { AppIdentity } from '../../jira/provisioning/forge-rule';
import type { AdvocateQueueSource } from '../../ports/advocate-queue.port';
import type { Clock } from '../../ports/clock.port';
import type { DigestLedger } from '../../ports/digest-ledger.port';
import type { MessageOutbox, MessageRef, OutboxMessage } from '../../ports/message-outbox.port';

/**
 * The outbox rows of digests are named by this instead of a complaint: a digest belongs to its
 * target and day, not to the complaint it rides on, which may change between two sweeps. Jira's
 * issue ids are numbers, so it names no complaint.
 */
export const DIGEST_OUTBOX_ID = 'digest';

/**
 * The queue rows one digest pass reads: far more than any advocate reads, so that each target's
 * total is right; past it, the totals count the most urgent this many.
 */
export const DIGEST_SCAN_LIMIT = 2500;

export interface RecordAdvocateDigestsDeps {
  readonly config: Pick<AppConfig, 'departments' | 'groups' | 'calendar'>;
  readonly clock: Clock;
  readonly advocateQueue: AdvocateQueueSource;
  readonly digests: DigestLedger;
  readonly outbox: Pick<MessageOutbox, 'record'>;
  /** The installed app's ids: the queue page's address names them. */
  readonly app: AppIdentity;
}

const messageOf = (digest: AdvocateDigest, app: AppIdentity): OutboxMessage => {
  const projectKey = projectKeyOf(digest.ride.issueKey);
  return {
    issueId: DIGEST_OUTBOX_ID,
    key: digest.key,
    issueKey: digest.ride.issueKey,
    to: digest.target.kind === 'user' ? { accountIds: [digest.target.accountId], groups: [] } : { accountIds: [], groups: [digest.target.group] },
    message: { kind: 'digest', total: digest.total, lines: digest.lines, queue: { projectKey, path: queuePagePath(projectKey, app.appId, app.environmentId) } },
    facts: { issueKey: digest.ride.issueKey, departmentName: null },
  };
};

/**
 * The advocates' daily digest (issue 17): at the day's first sweep in working hours, one message
 * per advocate target with complaints awaiting it, listing them, in place of a reminder per
 * complaint. Each is recorded in the outbox under its target and day (`digestKey`), so however
 * many sweeps run, at once or later, a target gets one a business day. The day is then noted, so
 * that the day's later sweeps read nothing but the note. Returns the digests this call recorded,
 * for the caller to pace.
 */
export const recordAdvocateDigests = async (deps: RecordAdvocateDigestsDeps): Promise<MessageRef[]> => {
  const { calendar } = deps.config;
  const now = deps.clock.now();
  if (!isWorkingTime(calendar, now)) return [];
  const dayOpen = reminderDayStart(calendar, now);
  const digested = await deps.digests.digestedDay();
  if (digested !== null && digested >= dayOpen) return [];
  const rows = await deps.advocateQueue.listAwaitingAdvocate({ now, dueBefore: dueSoonBefore(now, calendar), limit: DIGEST_SCAN_LIMIT });
  const digests = advocateDigests(advocateQueue(rows, now, calendar), deps.config, businessDayOf(calendar, now));
  const recorded = await deps.outbox.record(digests.map((d) => messageOf(d, deps.app)), now);
  await deps.digests.markDigested(dayOpen);
  return recorded.map((key) => ({ issueId: DIGEST_OUTBOX_ID, key }));
};
