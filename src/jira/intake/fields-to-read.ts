import type { ProjectBinding } from '../provisioning/project-binding';

/** The system fields a complaint is read from (`issueSnapshot`). */
const SYSTEM_FIELDS = ['project', 'issuetype', 'summary', 'description', 'status', 'resolution', 'assignee', 'reporter', 'components', 'issuelinks', 'created', 'updated', 'resolutiondate', 'statuscategorychangedate'];

/**
 * What a read of a complaint asks Jira for: the system fields and the project's own complaint
 * fields, by the ids Set up project bound there (none in a project it never set up).
 */
export const fieldsToRead = (binding: ProjectBinding): string[] => [...SYSTEM_FIELDS, ...Object.values(binding.fieldIds).filter((id) => id !== '')];
