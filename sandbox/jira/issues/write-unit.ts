import type { JiraProductEvent } from '../emulator.types';
import type { Caller } from '../http/jira-request';
import type { JiraSite } from '../jira-site';

/** One REST write: its changes commit together, and its events go out only after the commit. */
export interface WriteUnit {
  readonly site: JiraSite;
  readonly baseUrl: string;
  readonly actor: Caller;
  readonly events: JiraProductEvent[];
}

export function inWriteUnit<T>(site: JiraSite, baseUrl: string, actor: Caller, work: (unit: WriteUnit) => T): T {
  const events: JiraProductEvent[] = [];
  const result = site.db.transaction(() => work({ site, baseUrl, actor, events }))();
  for (const event of events) site.emit(event);
  return result;
}
