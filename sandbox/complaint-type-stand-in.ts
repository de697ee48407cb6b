import type { Database } from 'better-sqlite3';
import { BASE_PROJECT } from './jira';
import { catalogStore } from './jira/store/catalog-store';

export const COMPLAINT_ISSUE_TYPE = { id: '10003', name: 'Complaint' } as const;

/**
 * Stand-in for the app's "Set up project", which provisions the Complaint issue type in a later
 * issue: until then the sandbox adds the type to the base project in the site database, so the
 * panel's display condition (issue type Complaint) has issues to show on. Delete this file when
 * provisioning runs through the app. Idempotent.
 */
export const addComplaintIssueType = (db: Database): void => {
  const catalog = catalogStore(db);
  if (catalog.issueTypeById(COMPLAINT_ISSUE_TYPE.id)) return;
  db.transaction(() => {
    catalog.insertIssueType({ ...COMPLAINT_ISSUE_TYPE, description: 'A customer complaint, handled by Complaint Advocate.', hierarchyLevel: 0, iconAvatarId: 10303 });
    catalog.addIssueTypeToProject(BASE_PROJECT.id, COMPLAINT_ISSUE_TYPE.id);
  })();
};
