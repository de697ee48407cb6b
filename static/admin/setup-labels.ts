import type { SetupChange, SetupStepId, StepOutcome } from '../../src/domain/setup/setup-report';
import type { MessageKey } from '../shared/i18n/translate';

/** What the admin page calls each step, outcome and kind of Jira object; Records, so a new one cannot go untranslated. */
export const STEP_LABELS: Readonly<Record<SetupStepId, MessageKey>> = {
  'issue-type': 'admin.setup.step.issue-type',
  statuses: 'admin.setup.step.statuses',
  fields: 'admin.setup.step.fields',
  screens: 'admin.setup.step.screens',
  workflow: 'admin.setup.step.workflow',
  'workflow-scheme': 'admin.setup.step.workflow-scheme',
  'request-type': 'admin.setup.step.request-type',
};

export type StepState = StepOutcome | 'pending' | 'running';

export const OUTCOME_LABELS: Readonly<Record<StepState, MessageKey>> = {
  created: 'admin.setup.outcome.created',
  'already-present': 'admin.setup.outcome.already-present',
  updated: 'admin.setup.outcome.updated',
  failed: 'admin.setup.outcome.failed',
  pending: 'admin.setup.outcome.pending',
  running: 'admin.setup.outcome.running',
};

export const ENTITY_LABELS: Readonly<Record<SetupChange['entity'], MessageKey>> = {
  'issue-type': 'admin.setup.entity.issue-type',
  'issue-type-scheme': 'admin.setup.entity.issue-type-scheme',
  status: 'admin.setup.entity.status',
  field: 'admin.setup.entity.field',
  'field-context': 'admin.setup.entity.field-context',
  'field-option': 'admin.setup.entity.field-option',
  screen: 'admin.setup.entity.screen',
  'screen-tab': 'admin.setup.entity.screen-tab',
  'screen-field': 'admin.setup.entity.screen-field',
  'screen-scheme': 'admin.setup.entity.screen-scheme',
  'issue-type-screen-scheme': 'admin.setup.entity.issue-type-screen-scheme',
  workflow: 'admin.setup.entity.workflow',
  'workflow-scheme': 'admin.setup.entity.workflow-scheme',
  'request-type': 'admin.setup.entity.request-type',
};
