import type { AppErrorCode, FieldIssue } from '../domain/app-error';
import type { ContactDetailsInput, ContactRecord } from '../domain/contact/contact-data';
import type { Language } from '../domain/language';
import type { SetupReport } from '../domain/setup/setup-report';

/** The error shapes the UI shows, so that it needs nothing of the backend but this file. */
export type { AppErrorCode, FieldIssue, ContactDetailsInput, ContactRecord };

/** What every resolver returns: errors never cross the bridge as raw exceptions. */
export type ResolverResponse<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: { readonly code: AppErrorCode; readonly message: string; readonly fields: readonly FieldIssue[] } };

/**
 * Request and response types of every resolver key, shared by the backend and the
 * typed invoke wrapper in static/shared/api.ts.
 */
export interface ResolverContracts {
  'preferences/get-language': { request: Record<string, never>; response: { language: Language | null } };
  'preferences/set-language': { request: { language: Language }; response: { language: Language } };
  /** Admin page: starts Set up project on a project, on the queue, and returns the report as it starts. */
  'project/set-up': { request: { projectKey: string }; response: { report: SetupReport } };
  /** Admin page: the last run's report, also while a run is going; null before the first run. */
  'project/setup-status': { request: Record<string, never>; response: { report: SetupReport | null } };
  /**
   * Issue panel, advocates only, on the panel's own complaint: the customer's contact data, null
   * when none was recorded. Everyone else gets FORBIDDEN, or NOT_FOUND if they may not browse it.
   */
  'contact/get': { request: Record<string, never>; response: { contact: ContactRecord | null } };
  /** Issue panel, advocates only: records the contact data, replacing any earlier record. */
  'contact/save': { request: ContactDetailsInput; response: { contact: ContactRecord } };
  /** Issue panel, advocates only: erases the contact data; `erased` is false when there was none. */
  'contact/erase': { request: Record<string, never>; response: { erased: boolean } };
  /**
   * Issue panel, advocates only, on an open complaint they are not the subject of: sends it to a
   * department (an id of the configuration) and, if named, its lead, deputy or escalation manager,
   * with a reason. Answers who is responsible now; a call that changes nothing is a CONFLICT.
   */
  'complaint/reroute': { request: { departmentId: string; accountId?: string; reason: string }; response: { departmentId: string; responsibleAccountId: string } };
}

export type ResolverKey = keyof ResolverContracts;
export type RequestOf<K extends ResolverKey> = ResolverContracts[K]['request'];
export type ResponseOf<K extends ResolverKey> = ResolverContracts[K]['response'];
