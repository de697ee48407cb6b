/**
 * The roles of design.md section 1, as far as the workflow cares. A person may hold several:
 * an advocate who is also a manager, for example.
 *
 * `responsible` is what design.md section 3 calls "lead" and "deputy": the one person routing
 * chose for this complaint (the department's lead, its deputy while the lead is away, or its
 * escalation manager when the complaint is about the lead), as the app's read-only Responsible
 * field records it. A lead or deputy who is not that person holds no role on the complaint: the
 * workflow grants power by the routing decision, never by the department configuration or the
 * Jira assignee, which anyone with Assign Issues may change.
 */
export const ROLES = ['registrar', 'responsible', 'advocate', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
