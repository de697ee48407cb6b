import type { AppFunctionInvoker } from './search/app-function-precomputations';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from 'better-sqlite3';
import type { ForgeAppInstallation } from './apps/install-forge-app';

/** One changed field, as in a Jira changelog and in Forge's issue events. */
export interface JiraChangeItem {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
}

/** The payload Forge hands to a trigger subscribed to Jira issue events. */
export interface JiraProductEvent {
  readonly eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue';
  readonly issue: { readonly id: string; readonly key: string; readonly fields: Readonly<Record<string, unknown>> };
  /** Who caused the event. */
  readonly atlassianId: string;
  readonly associatedUsers?: readonly { readonly accountId: string }[];
  /** On a status change: the old and the new status. */
  readonly associatedStatuses?: readonly { readonly id: string; readonly name: string }[];
  readonly changelog?: { readonly id: string; readonly items: readonly JiraChangeItem[] };
  /** True when the app itself made the change; Forge drops these for triggers with `ignoreSelf`. */
  readonly selfGenerated: boolean;
}

export interface NotificationRecipient {
  readonly accountId: string;
  readonly displayName: string;
  readonly emailAddress: string | null;
  readonly locale: string;
}

/** One e-mail that `POST /issue/{key}/notify` queued. */
export interface NotificationRecord {
  readonly id: number;
  readonly issueId: string;
  readonly issueKey: string;
  readonly senderAccountId: string;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  readonly recipients: readonly NotificationRecipient[];
  readonly sentAt: number;
}

/** A seeded account that the host's user switcher offers. */
export interface DemoUser {
  readonly accountId: string;
  readonly accountType: 'atlassian' | 'customer';
  readonly displayName: string;
  readonly email: string;
  readonly roleLabel: string;
  readonly locale: string;
  readonly timeZone: string;
}

export interface FaultSettings {
  /** Share of /rest calls answered 429, from 0 to 1. */
  readonly rate429: number;
  /** Share of /rest calls answered 500, from 0 to 1. */
  readonly rate500: number;
  /**
   * Share of those 500s answered after the call's work was done (the issue changed, the mail
   * queued), from 0 to 1: Jira can fail after committing, and a client cannot tell the two apart.
   */
  readonly afterWorkShare: number;
  /** Only the app's own calls meet faults (and the delay); people's calls, a test's or a script's, never do. */
  readonly appCallsOnly: boolean;
  readonly retryAfterSeconds: number;
  /** Added before every /rest call is answered. */
  readonly delayMs: number;
  /** Seed of the generator that picks the faulty calls, so a run can be reproduced. */
  readonly seed: number;
  /**
   * An emulated quota on the app's own calls, as a token bucket: this many calls a minute on
   * average (0: none), and at most `quotaBurst` at once. A call that finds the bucket empty is
   * answered 429 before any work, with Jira's headers and the wait until the next call fits.
   */
  readonly quotaPerMinute: number;
  readonly quotaBurst: number;
}

/** A call that was answered 500 after its work was done. */
export interface AnsweredAfterWork {
  readonly method: string;
  /** The REST path, without the query. */
  readonly path: string;
  /** Sandbox time. */
  readonly at: number;
}

export interface FaultControl {
  /** Merges the given settings into the current ones and restarts the generator from the seed. */
  set(settings: Partial<FaultSettings>): void;
  get(): FaultSettings;
  /** No faults, no delay. The log of calls answered 500 after their work stays. */
  clear(): void;
  /** Every call answered 500 after its work was done, oldest first, since the site was last reset. */
  answeredAfterWork(): readonly AnsweredAfterWork[];
}

export interface JiraEmulatorOptions {
  readonly db: Database;
  /** The sandbox clock (epoch ms). */
  readonly now: () => number;
  /** Product events; the host delivers them to Forge triggers. */
  readonly onEvent: (event: JiraProductEvent) => void;
  /** The Forge app's own user. */
  readonly appAccountId: string;
  /** Runs the app's function behind one of its Jira modules (a JQL function); without it no app function is known. */
  readonly invokeApp?: AppFunctionInvoker;
}

/** A request type, by its name in a service desk, and the group the portal shows it in. */
export interface PortalPlacement {
  readonly serviceDeskId: string;
  readonly requestTypeName: string;
  readonly groupName: string;
}

export interface JiraEmulator {
  /** Answers /rest/api/2|3/* and /rest/servicedeskapi/*; resolves false when the path is not Jira's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  readonly faults: FaultControl;
  outbox(): NotificationRecord[];
  /**
   * What installing a Forge app does to the site: its `jira:customField`s become fields (with
   * `customfield_NNNNN` ids and a global context) and its expression workflow rules become
   * available to workflows. Idempotent; the host calls it with each install.
   */
  installApp(installation: ForgeAppInstallation): void;
  /**
   * What a project admin does by hand in JSM's portal settings, which no REST API does
   * (JSDCLOUD-15657): puts a request type in a group, made if missing, so the portal offers it.
   * A sandbox-only operation, not a Jira endpoint.
   */
  showOnPortal(placement: PortalPlacement): void;
  /** Wipes the site and seeds the base site again. */
  reset(): void;
  users(): DemoUser[];
}
