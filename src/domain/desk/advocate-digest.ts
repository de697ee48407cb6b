import { businessDayOf } from '../calendar/business-calendar';
import type { AppConfig } from '../config/app-config.schema';
import { advocateOf, departmentOf } from '../routing/advocate-of';
import type { AdvocateTarget } from '../routing/route-decision';
import type { QueueItem, QueueReason } from './advocate-queue';

/**
 * A digest lists this many complaints, the most urgent first, and counts the rest. Twenty lines
 * are what a reader takes in from a mail; the queue page shows them all. The message is kept whole
 * in the outbox's payload column (4000 characters): twenty lines of the longest keys, sent to the
 * longest group name, take 2,313 of them (`test/usecases/sweep/advocate-digest.test.ts` measures it).
 */
export const DIGEST_LINES = 20;

/** One complaint of a digest: its key, why it awaits the advocate, and since which business day. */
export interface DigestLine {
  readonly issueKey: string;
  readonly reason: QueueReason;
  /** `YYYY-MM-DD` in the business time zone. */
  readonly since: string;
}

/** One advocate target's digest for one business day. */
export interface AdvocateDigest {
  readonly target: AdvocateTarget;
  /** The outbox key that makes it one a day: `digest:<business day>:<target's hash>`. */
  readonly key: string;
  /**
   * The complaint the message rides on: Jira's notify is per issue, so the digest is sent about
   * the target's most urgent complaint, the one its reader should open first.
   */
  readonly ride: QueueItem;
  /** How many complaints await the target, listed or not. */
  readonly total: number;
  /** The first DIGEST_LINES of them, most urgent first. */
  readonly lines: readonly DigestLine[];
}

/**
 * Whose digest lists an item: the department's own advocate, else the advocate group. A complaint
 * in triage has no department that could be relied on yet, so it goes to the group, as routing's
 * triage message does.
 */
export const digestTargetOf = (item: Pick<QueueItem, 'departmentId' | 'reason'>, config: Pick<AppConfig, 'departments' | 'groups'>): AdvocateTarget =>
  item.reason === 'triage' ? { kind: 'group', group: config.groups.advocate } : advocateOf(departmentOf(config, item.departmentId), config.groups.advocate);

const nameOf = (target: AdvocateTarget): string => (target.kind === 'user' ? `user:${target.accountId}` : `group:${target.group}`);

/**
 * A short stable hash (cyrb53, 53 bits, base 36): an account id (up to 128 characters) or a group
 * name (up to 255) does not fit the outbox key's 128, and among a tenant's few advocate targets a
 * 53-bit clash is not a practical risk.
 */
const hashOf = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** The key of a target's digest on a business day (`YYYY-MM-DD`): the same whichever complaint it rides on. */
export const digestKey = (day: string, target: AdvocateTarget): string => `digest:${day}:${hashOf(nameOf(target))}`;

/**
 * The day's digests: the queue's items (ordered by `advocateQueue`, most urgent first) grouped by
 * their advocate target, one digest per target with items, the target with the most urgent item
 * first. `day` is the business day the digests are for.
 */
export const advocateDigests = (
  items: readonly QueueItem[],
  config: Pick<AppConfig, 'departments' | 'groups' | 'calendar'>,
  day: string,
): AdvocateDigest[] => {
  const groups = new Map<string, { target: AdvocateTarget; ride: QueueItem; items: QueueItem[] }>();
  for (const item of items) {
    const target = digestTargetOf(item, config);
    const name = nameOf(target);
    const group = groups.get(name) ?? { target, ride: item, items: [] };
    group.items.push(item);
    groups.set(name, group);
  }
  return [...groups.values()].map(({ target, ride, items: mine }) => ({
    target,
    key: digestKey(day, target),
    ride,
    total: mine.length,
    lines: mine.slice(0, DIGEST_LINES).map((i) => ({ issueKey: i.issueKey, reason: i.reason, since: businessDayOf(config.calendar, i.since) })),
  }));
};

/** The project key of an issue key (`CMP-12` → `CMP`). */
export const projectKeyOf = (issueKey: string): string => issueKey.slice(0, Math.max(0, issueKey.lastIndexOf('-')));

/**
 * Where a `jiraServiceManagement:queuePage` is on the site, as Forge's module reference gives it:
 * `/jira/servicedesk/projects/{projectKey}/queues/apps/{appId}/{envId}`.
 */
export const queuePagePath = (projectKey: string, appId: string, environmentId: string): string =>
  `/jira/servicedesk/projects/${encodeURIComponent(projectKey)}/queues/apps/${encodeURIComponent(appId)}/${encodeURIComponent(environmentId)}`;
