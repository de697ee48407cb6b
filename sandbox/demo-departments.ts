import { DEMO_ACCOUNTS } from './jira/seed-site-people';

/**
 * The demo's three departments with the demo leads, the deputy and the escalation manager, as an
 * admin would configure them; Billing also has its own advocate. `componentIds` maps a
 * department's name to the site's Jira component of that name, where there is one.
 */
export const demoDepartments = (componentIds: Readonly<Record<string, string>> = {}) => [
  {
    id: 'billing',
    name: 'Billing',
    leadAccountId: DEMO_ACCOUNTS.billingLead,
    deputyAccountId: DEMO_ACCOUNTS.deputy,
    escalationManagerAccountId: DEMO_ACCOUNTS.manager,
    advocateAccountId: DEMO_ACCOUNTS.advocate,
    componentId: componentIds.Billing ?? null,
  },
  {
    id: 'delivery',
    name: 'Delivery',
    leadAccountId: DEMO_ACCOUNTS.deliveryLead,
    deputyAccountId: DEMO_ACCOUNTS.deputy,
    escalationManagerAccountId: DEMO_ACCOUNTS.manager,
    componentId: componentIds.Delivery ?? null,
  },
  {
    id: 'support',
    name: 'Support',
    leadAccountId: DEMO_ACCOUNTS.supportLead,
    escalationManagerAccountId: DEMO_ACCOUNTS.manager,
    componentId: componentIds.Support ?? null,
  },
];
