/** The steps of Set up project, in the order they run: each needs what the ones before it made. */
export const SETUP_STEPS = ['issue-type', 'statuses', 'fields', 'screens', 'workflow', 'workflow-scheme', 'request-type'] as const;
export type SetupStepId = (typeof SETUP_STEPS)[number];

export type StepOutcome = 'created' | 'already-present' | 'updated' | 'failed';

/** What a step made or changed in Jira, named so that the admin page can translate the kind. */
export interface SetupChange {
  readonly action: 'created' | 'updated';
  readonly entity:
    | 'issue-type'
    | 'issue-type-scheme'
    | 'status'
    | 'field'
    | 'field-context'
    | 'field-option'
    | 'screen'
    | 'screen-tab'
    | 'screen-field'
    | 'screen-scheme'
    | 'issue-type-screen-scheme'
    | 'workflow'
    | 'workflow-scheme'
    | 'request-type';
  /** The Jira object's name, as the admin knows it. */
  readonly name: string;
}

/** What Jira offers no API for, which the admin does by hand after a step. */
export const MANUAL_STEPS = ['portal-group', 'request-form-department'] as const;
export type ManualStep = (typeof MANUAL_STEPS)[number];

export interface StepReport {
  readonly step: SetupStepId;
  readonly outcome: StepOutcome;
  readonly changes: readonly SetupChange[];
  /** Why the step failed, in Jira's words where Jira gave them. */
  readonly reason?: string;
  /** What the admin still has to do by hand, where Jira has no API for it. */
  readonly manual?: readonly ManualStep[];
}

export interface SetupReport {
  readonly projectKey: string;
  readonly startedAt: number;
  /** null while the run is still going. */
  readonly finishedAt: number | null;
  readonly steps: readonly StepReport[];
  /** Why the run did not start at all (no such project, or one the app cannot set up), for the admin. */
  readonly refusal?: string;
}

/** A step created something if it created anything; else it updated, if it changed anything. */
export const outcomeOf = (changes: readonly SetupChange[]): StepOutcome => {
  if (changes.some((c) => c.action === 'created')) return 'created';
  return changes.length > 0 ? 'updated' : 'already-present';
};

/** A run succeeded when it started, and every step ran and none failed. */
export const setupSucceeded = (report: SetupReport): boolean =>
  report.refusal === undefined && report.steps.length === SETUP_STEPS.length && report.steps.every((s) => s.outcome !== 'failed');
