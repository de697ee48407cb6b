import type { AppErrorCode, FieldIssue } from '../domain/app-error';
import type { AppConfig } from '../domain/config/app-config.schema';
import type { ProjectComponent } from '../domain/config/project-component';
import type { ContactDetailsInput, ContactRecord } from '../domain/contact/contact-data';
import type { ComplaintStatus } from '../domain/complaint';
import type { HealthReport } from '../domain/health/health-report';
import type { NamedPerson } from '../domain/people/named-person';
import type { Language } from '../domain/language';
import type { DashboardFigures } from '../domain/metrics/compute-dashboard';
import type { DashboardRequest } from '../domain/metrics/dashboard-view';
import type { GadgetDepartment, GadgetFigures } from './gadget-figures';
import type { SetupReport } from '../domain/setup/setup-report';
import type { PanelView } from './panel-view';
import type { AnonymousComplaintInput, EscalationGround, PortalComplaint, PortalView } from './portal-view';
import type { AdvocateQueueView } from './advocate-queue';

/** The error shapes the UI shows, so that it needs nothing of the backend but this file. */
export type { ComplaintSearchIds, GadgetDepartment, GadgetFigures } from './gadget-figures';
export type { AnonymousComplaintInput, EscalationGround, PortalComplaint, PortalStage, PortalView } from './portal-view';
export type { AdvocateQueueRow, AdvocateQueueView, QueueReason } from './advocate-queue';
export type { AppConfig, AppErrorCode, HealthReport, NamedPerson, ProjectComponent, FieldIssue, ContactDetailsInput, ContactRecord, PanelView, DashboardFigures };

/** The gadget's request, as its edit mode saves it (`static/gadget/gadget-config.ts`). */
export type GadgetFiguresRequest = DashboardRequest;

/** What a transition through the panel answers: the status Jira left the complaint in. */
export interface TransitionDone {
  readonly status: ComplaintStatus;
}

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
   * Admin page, Jira admins only: the whole configuration, defaults filled in, the display names
   * of the people it names, and the projects Set up project ran in.
   */
  'config/get': { request: Record<string, never>; response: { config: AppConfig; names: Readonly<Record<string, string>>; projects: readonly string[] } };
  /**
   * Admin page, Jira admins only: replaces the whole configuration. An invalid one is INVALID_INPUT
   * with an issue per field (`departments.0.leadAccountId`) and changes nothing. A save that changes
   * the groups or the departments' names queues Set up project again on each project it was run on.
   */
  'config/save': { request: { config: AppConfig }; response: { config: AppConfig; setupRequested: readonly string[] } };
  /** Admin page, Jira admins only: active people whose name or e-mail starts with `query`, as Jira lets the admin see them. */
  'users/search': { request: { query: string }; response: { users: readonly NamedPerson[] } };
  /** Admin page, Jira admins only: a project's components and their leads, as Jira lets the admin browse them, to import as departments. */
  'project/components': { request: { projectKey: string }; response: { components: readonly ProjectComponent[] } };
  /**
   * Admin page, Jira admins only: departments without a lead, people who are inactive or not
   * assignable, permissions the app lacks, the last sweep and reconciliations, messages that gave
   * up, and complaints in triage.
   */
  'admin/health': { request: Record<string, never>; response: HealthReport };
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
  /** One click: re-route to the suggested department with the reason "suggested"; `departmentId` is the one the advocate saw (CONFLICT if the suggestion is no longer that). */
  'complaint/accept-suggestion': { request: { departmentId: string }; response: { departmentId: string; responsibleAccountId: string } };
  /**
   * Issue panel, anyone who may browse the complaint: everything the panel shows, in one call:
   * the complaint, its trail, the actions this user may take now and what their forms need.
   */
  'panel/view': { request: Record<string, never>; response: PanelView };
  /*
   * The panel's transitions. Each runs through Jira as the user (POST /issue/{id}/transitions), so
   * the workflow's conditions and validators apply on top of the resolver's own checks.
   */
  /** Responsible person or advocate, from Registered: measures and a deadline (`YYYY-MM-DD`, not in the past). */
  /** `shareMeasures` (default false): whether the customer may read the measures on the portal. */
  'complaint/start-work': { request: { measures: string; measuresDeadline: string; shareMeasures?: boolean }; response: TransitionDone };
  /** Responsible person or advocate, in progress after a return or reopen: new measures and deadline. */
  'complaint/revise-measures': { request: { measures: string; measuresDeadline: string; shareMeasures?: boolean }; response: TransitionDone };
  /** Responsible person, from In progress: what was done, and any compensation paid. */
  'complaint/mark-done': { request: { actionTaken: string; compensation?: number }; response: TransitionDone };
  /**
   * Advocate, from Measures done, after the call: the app writes satisfaction and "considers it
   * resolved" to its read-only fields and keeps them per cycle on the trail; then Close as the user.
   */
  'complaint/close': {
    request: { satisfaction: number; consideredResolved: boolean; callNotes: string; compensation?: number };
    response: TransitionDone;
  };
  /** Advocate, from Measures done. */
  'complaint/return': { request: { reason: string }; response: TransitionDone };
  /** Advocate or manager, from Closed. */
  'complaint/reopen': { request: { reason: string }; response: TransitionDone };
  /** Advocate, from any open status: closes with resolution Withdrawn. */
  'complaint/withdraw': { request: { reason: string }; response: TransitionDone };
  /** Advocate, from any open status: closes with resolution Duplicate, linked to the complaint it duplicates. */
  'complaint/mark-duplicate': { request: { reason: string; duplicateOf: string }; response: TransitionDone };
  /** Advocate, on an open complaint: a reminder now to whoever must act, at most once a business day per complaint. */
  'complaint/nudge': { request: Record<string, never>; response: { nudgedAt: number } };
  /**
   * Advocate, from Closed: a new Complaint that copies the customer, subject, department, channel
   * and anonymity (and contact data), linked to this one, which then goes through routing.
   */
  'complaint/open-follow-up': { request: { reason: string }; response: { issueKey: string } };
  /**
   * Dashboard gadget, for whoever may browse every requested project: every figure of the view in
   * one call, answered from the index by SQL aggregates, without a Jira call for the figures.
   */
  'gadget/figures': { request: GadgetFiguresRequest; response: GadgetFigures };
  /** Dashboard gadget's edit mode, for any signed-in user: the configured departments to pick from. */
  'gadget/departments': { request: Record<string, never>; response: { departments: readonly GadgetDepartment[] } };
  /*
   * The customer portal's resolver. On a request's page (`jiraServiceManagement:portalRequestDetail`)
   * the complaint comes from the Forge context, and the caller must be its reporter or a participant,
   * as JSM answers the caller. On the profile panel (`jiraServiceManagement:portalProfilePanel`) a key
   * may name one of the caller's anonymous complaints, which only the app's own record ties to them.
   * Everyone else gets NOT_FOUND, and nothing changes.
   */
  /** The request's complaint as the customer may see it; `complaint` is null on a request that is not a complaint. */
  'portal/view': { request: Record<string, never>; response: PortalView };
  /**
   * Once per stage, when the next step is overdue or the customer disagrees with the measures: the
   * complaint goes one step up the escalation ladder, the advocate and the escalation manager are told,
   * and the trail keeps the customer's words.
   */
  'portal/escalate': { request: { ground: EscalationGround; reason: string; issueKey?: string }; response: PortalView };
  /**
   * After Measures done or once closed: the customer's satisfaction (1 to 5), or "not resolved" in
   * their words, which reopens a closed complaint for the advocate.
   */
  'portal/confirm-outcome': {
    request: ({ resolved: true; satisfaction: number } | { resolved: false; words: string }) & { issueKey?: string };
    response: PortalView;
  };
  /** Profile panel: the caller's anonymous complaints, and the departments they may name when raising one. */
  'portal/anonymous': {
    request: Record<string, never>;
    response: { now: number; complaints: readonly PortalComplaint[]; departments: readonly { readonly id: string; readonly name: string }[] };
  };
  /** Profile panel: raises an anonymous complaint through the app, which keeps who raised it and how to reach them. */
  'portal/raise-anonymous': { request: AnonymousComplaintInput; response: { issueKey: string } };
  /**
   * The advocate's queue page, advocates only (everyone else gets FORBIDDEN): what awaits the
   * advocate, from the index, the most urgent first, with the summaries Jira shows the caller.
   */
  'queue/list': { request: Record<string, never>; response: AdvocateQueueView };
}

export type ResolverKey = keyof ResolverContracts;
export type RequestOf<K extends ResolverKey> = ResolverContracts[K]['request'];
export type ResponseOf<K extends ResolverKey> = ResolverContracts[K]['response'];
