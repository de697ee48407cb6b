import { z } from 'zod';
import { textToAdf } from './jira/fields/adf';
import type { DemoUser } from './jira/emulator.types';

/**
 * Demo issues, created over REST as the demo users (basic auth, as a script would), so that
 * each one passes through the app's triggers. The full demo data set (about 50 complaints over
 * six months, through the app's own provisioning) comes with a later issue.
 */
const DEMO_ISSUES: readonly { readonly type: string; readonly summary: string; readonly description: string }[] = [
  { type: 'Complaint', summary: 'Charged twice for the same order', description: 'My card was charged twice for order 4471. I want the second charge refunded.' },
  { type: 'Complaint', summary: 'Rude answer on the phone line', description: 'The agent hung up on me when I asked about my claim.' },
  { type: 'Complaint', summary: 'Delivery arrived three weeks late', description: 'The parcel was promised for the 3rd and came on the 24th, damaged.' },
  { type: 'Complaint', summary: 'Refund promised but never received', description: 'I returned the kettle in March and was told the refund takes five days.' },
  { type: 'Complaint', summary: 'Locked out of my online account', description: 'Password reset e-mails never arrive, and the branch cannot help.' },
  // Not a complaint: the panel's display condition keeps it off this one.
  { type: 'Task', summary: 'Order new toner for the branch printer', description: 'The Leeds branch printer is out of toner.' },
];

const projectList = z.array(z.object({ key: z.string() }).loose());
const project = z
  .object({
    key: z.string(),
    issueTypes: z.array(z.object({ id: z.string(), name: z.string(), subtask: z.boolean().optional() }).loose()),
    components: z.array(z.object({ id: z.string() }).loose()).default([]),
  })
  .loose();

const basicAuth = (user: DemoUser): string => `Basic ${Buffer.from(`${user.email}:sandbox-token`).toString('base64')}`;

const call = async (baseUrl: string, user: DemoUser, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { authorization: basicAuth(user), accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Seeding: ${method} ${path} as ${user.email} answered ${response.status}: ${text}`);
  return text === '' ? null : (JSON.parse(text) as unknown);
};

/** Creates the demo issues in the first project, each by one of the site's agents in turn. */
export const seedDemo = async (baseUrl: string, users: readonly DemoUser[]): Promise<string[]> => {
  const agents = users.filter((u) => u.accountType === 'atlassian');
  const first = agents[0];
  if (!first) throw new Error('Seeding: the site has no agents');
  const [listed] = projectList.parse(await call(baseUrl, first, 'GET', '/rest/api/3/project'));
  if (!listed) throw new Error('Seeding: the site has no project');
  const { key, issueTypes, components } = project.parse(await call(baseUrl, first, 'GET', `/rest/api/3/project/${listed.key}`));
  const created: string[] = [];
  for (const [index, demo] of DEMO_ISSUES.entries()) {
    const type = issueTypes.find((t) => t.name === demo.type);
    if (!type) throw new Error(`Seeding: project ${key} has no issue type ${demo.type}`);
    const reporter = agents[index % agents.length] ?? first;
    const component = components[index % Math.max(components.length, 1)];
    const issue = z.object({ key: z.string() }).loose().parse(
      await call(baseUrl, reporter, 'POST', '/rest/api/3/issue', {
        fields: {
          project: { key },
          issuetype: { id: type.id },
          summary: demo.summary,
          description: textToAdf(demo.description),
          ...(component ? { components: [{ id: component.id }] } : {}),
        },
      }),
    );
    created.push(issue.key);
  }
  return created;
};
