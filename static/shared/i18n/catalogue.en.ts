/**
 * The English catalogue is the source of the message keys: ru and uk must translate each one.
 * Placeholders are written `{name}` and filled by `translate`.
 */
export const en = {
  'shell.loading': 'Loading…',
  'shell.error.title': 'Something went wrong',
  'shell.error.details': 'Details: {message}',
  'shell.retry': 'Try again',

  'error.INVALID_INPUT': 'Some of the data is not valid. Check the fields and try again.',
  'error.INVALID_CONFIG': 'The app configuration is not valid. Ask a Jira admin to check the Complaint Advocate settings.',
  'error.FORBIDDEN': 'You do not have permission to do this.',
  'error.NOT_FOUND': 'What you asked for was not found. It may have been deleted.',
  'error.CONFLICT': 'Someone changed this at the same time. Reload and try again.',
  'error.TRANSITION_NOT_ALLOWED': 'This step is not allowed in the current status.',
  'error.JIRA_ERROR': 'Jira did not accept the request. Try again in a moment.',
  'error.RATE_LIMITED': 'Jira is busy right now. Wait a minute and try again.',
  'error.STORE_ERROR': 'The app could not read or save its data. Try again in a moment.',
  'error.INTERNAL': 'An unexpected error happened in the app.',
  'error.TIMEOUT': 'The app took too long to answer. Check your connection and try again.',
  'error.BRIDGE': 'The page could not talk to Jira. Reload the page and try again.',
  'error.BAD_RESPONSE': 'The app sent an answer this page does not understand. Reload the page.',
  'error.RENDER': 'This part of the page stopped working. Reload the page.',

  'language.label': 'Language',
  'language.saveFailed': 'Your language choice could not be saved, so it applies to this view only.',

  'panel.heading': 'Complaint',
  'panel.issueKey': 'Issue {key}',
  'panel.noIssue': 'This panel is not attached to an issue.',
  'panel.intro': 'This advocate panel will show the status of the complaint, its lead and its trail.',

  'gadget.title': 'Complaints overview',
  'gadget.notConfigured': 'This gadget is not configured yet. Edit it to choose the projects, the period and the departments.',
  'gadget.settings.projects': 'Projects',
  'gadget.settings.period': 'Period, months',
  'gadget.settings.departments': 'Departments',
  'gadget.settings.allDepartments': 'All departments',
  'gadget.edit.heading': 'Gadget settings',
  'gadget.edit.projects.label': 'Projects',
  'gadget.edit.projects.hint': 'Project keys separated by commas, for example CS, HELP.',
  'gadget.edit.period.label': 'Period in months',
  'gadget.edit.period.hint': 'A whole number from 1 to 24.',
  'gadget.edit.departments.label': 'Departments',
  'gadget.edit.departments.hint': 'Department ids separated by commas. Leave empty to include all departments.',
  'gadget.edit.save': 'Save',
  'gadget.edit.invalid': 'Fix the highlighted fields before saving.',

  'validation.projects.required': 'Enter at least one project key.',
  'validation.projects.invalid': 'Not a valid project key: {value}.',
  'validation.period.range': 'Enter a whole number from 1 to 24.',

  'admin.heading': 'Complaint Advocate settings',
  'admin.departments.title': 'Departments',
  'admin.departments.description':
    'Each department has a lead, a deputy, an away flag, an escalation manager and an optional Jira component; they can be imported from project components in one click.',
  'admin.groups.title': 'Groups',
  'admin.groups.description': 'The advocate group champions customers; the manager group reviews the figures and receives escalations.',
  'admin.calendar.title': 'Business calendar',
  'admin.calendar.description': 'The time zone, working days, working hours and holidays that every due date is counted in.',
  'admin.policy.title': 'Reminder policy',
  'admin.policy.description': 'When leads and advocates are reminded, when a complaint escalates, and which regulatory preset applies.',
  'admin.setup.title': 'Set up project',
  'admin.setup.description':
    'Creates the Complaint issue type, its workflow, fields, screens and request type, reporting each step; running it again changes nothing.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
