import type { ComplaintStatus } from '../../../src/domain/complaint';
import type { FieldIds } from '../../../src/jira/provisioning/complaint-fields';
import type { ScreenKey } from '../../../src/jira/provisioning/complaint-screens';
import type { WorkflowInputs } from '../../../src/jira/provisioning/complaint-workflow-definition';
import type { AppIdentity } from '../../../src/jira/provisioning/forge-rule';
import type { ProjectBinding } from '../../../src/jira/provisioning/project-binding';
import { makeConfig } from '../../domain/factories';

export const APP: AppIdentity = { appId: 'a1b2', environmentId: 'e3f4' };

export const STATUS_IDS: Readonly<Record<ComplaintStatus, string>> = { registered: '10100', in_progress: '3', measures_done: '10101', closed: '6' };

export const FIELD_IDS: FieldIds = {
  department: 'customfield_10050',
  subjectUser: 'customfield_10051',
  subjectService: 'customfield_10052',
  channel: 'customfield_10053',
  anonymous: 'customfield_10054',
  measures: 'customfield_10055',
  measuresDeadline: 'customfield_10056',
  actionTaken: 'customfield_10057',
  compensation: 'customfield_10058',
  callNotes: 'customfield_10059',
  reason: 'customfield_10060',
  duplicateOf: 'customfield_10061',
  responsible: 'customfield_10044',
  satisfaction: 'customfield_10040',
  consideredResolved: 'customfield_10041',
  returns: 'customfield_10042',
  reopens: 'customfield_10043',
};

export const SCREEN_IDS: Readonly<Record<ScreenKey, string>> = {
  create: '20',
  startWork: '21',
  markDone: '22',
  close: '23',
  withdraw: '24',
  view: '25',
  reason: '26',
  duplicate: '27',
  edit: '28',
};

/** The app's own account in the fixtures' Jira, as long as an app user's id is (`557058:` and a UUID). */
export const APP_ACCOUNT_ID = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';

export const makeWorkflowInputs = (overrides: Partial<WorkflowInputs> = {}): WorkflowInputs => ({
  app: APP,
  appAccountId: APP_ACCOUNT_ID,
  config: makeConfig(),
  statusIds: STATUS_IDS,
  fieldIds: FIELD_IDS,
  screenIds: SCREEN_IDS,
  ...overrides,
});

/** What Set up project bound in project CMP: the ids above. */
export const makeBinding = (overrides: Partial<ProjectBinding> = {}): ProjectBinding => ({
  projectKey: 'CMP',
  issueTypeId: '10010',
  statusIds: STATUS_IDS,
  fieldIds: FIELD_IDS,
  ...overrides,
});
