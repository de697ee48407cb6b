import { AppError } from '../../../domain/app-error';
import { COMPLAINT_REQUEST_TYPE } from '../../../jira/provisioning/complaint-issue-type';
import { sameName } from '../../../jira/provisioning/complaint-statuses';
import type { RequestTypeSetup } from '../../../ports/setup/request-type-setup.port';
import type { SetupProject } from '../../../ports/setup/setup-shapes';
import type { RecordChange, RecordManual } from './record-change';

/**
 * The service desk offers a Complaint request type on the Complaint issue type, so customers can
 * raise one on the portal. Jira has no API to put a request type in a portal group, nor to put a
 * field on its form: while the request type is in no group, both are left to the admin, and the
 * report says how.
 */
export const ensureRequestType = async (jira: RequestTypeSetup, project: SetupProject, complaintTypeId: string, record: RecordChange, manual: RecordManual): Promise<void> => {
  const serviceDeskId = await jira.serviceDeskOf(project.id);
  if (serviceDeskId === null) {
    throw new AppError('NOT_FOUND', `Project ${project.key} is not a Jira Service Management project, so it has no portal to offer complaints on.`);
  }
  const types = await jira.requestTypes(serviceDeskId);
  let ours = types.find((t) => t.issueTypeId === complaintTypeId && sameName(t.name, COMPLAINT_REQUEST_TYPE.name));
  if (ours === undefined) {
    ours = await jira.createRequestType(serviceDeskId, { issueTypeId: complaintTypeId, ...COMPLAINT_REQUEST_TYPE });
    record({ action: 'created', entity: 'request-type', name: COMPLAINT_REQUEST_TYPE.name });
  }
  // An admin who has grouped the request type has been to its settings, where the form is edited too.
  if (ours.groupIds.length === 0) {
    manual('portal-group');
    manual('request-form-department');
  }
};
