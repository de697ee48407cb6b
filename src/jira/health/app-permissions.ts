/**
 * The project permissions the app uses on complaints, by Jira's keys: it reads and writes them,
 * assigns and moves them, comments, and links follow-ups and duplicates.
 */
export const APP_PROJECT_PERMISSIONS = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'ASSIGN_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'LINK_ISSUES'] as const;
