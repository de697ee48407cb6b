/**
 * The roles of design.md section 1, as far as the workflow cares. A person may hold several:
 * an advocate who is also a department's deputy, for example.
 */
export const ROLES = ['registrar', 'lead', 'deputy', 'advocate', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
