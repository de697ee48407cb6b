import { createCloudClient, createServiceDeskClient, type CloudClient, type ServiceDeskClient } from 'jira.js';
import { createClient } from 'jira.js/core';
import { z } from 'zod';
import { DEMO_ACCOUNTS } from '../../../sandbox/jira';
import { addToDefaultScreen } from './jira-http';
import { responseSchemaOf } from './jira-js-schemas';
import { startEmulator, type RunningEmulator } from './start-emulator';

/*
 * jira.js validates every response against schemas generated from Atlassian's OpenAPI, and with
 * `onSchemaMismatch: 'throw'` any answer that real Jira could not have given fails the call.
 * Each test drives one endpoint through the real client.
 */

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let running: RunningEmulator;
let agent: CloudClient;
let app: CloudClient;
let customer: CloudClient;
let portal: ServiceDeskClient;
let issueKey: string;
let secondKey: string;

const cloud = (email: string) =>
  createCloudClient({
    host: running.baseUrl,
    auth: { type: 'basic', email, apiToken: 'token' },
    onSchemaMismatch: 'throw',
  });

beforeAll(async () => {
  running = await startEmulator();
  agent = cloud('rita.registrar@example.com');
  customer = cloud('carol.customer@example.com');
  // The Forge runtime shim's way of saying "as the app".
  app = createCloudClient({ host: running.baseUrl, headers: { 'x-forge-provider': 'app' }, onSchemaMismatch: 'throw' });
  portal = createServiceDeskClient({
    host: running.baseUrl,
    auth: { type: 'basic', email: 'carol.customer@example.com', apiToken: 'token' },
    onSchemaMismatch: 'throw',
  });
  // Start date is not on the base site's Default Screen, so the admin puts it there, as the custom field in these tests.
  await addToDefaultScreen(running, 'customfield_10015');
  const created = await agent.issues.createIssue({
    fields: {
      project: { key: 'CMP' },
      issuetype: { name: 'Task' },
      summary: 'Refund never arrived',
      description: adf('Paid twice in March.'),
      labels: ['refund'],
      customfield_10015: '2026-03-05',
    },
  });
  issueKey = created.key;
  secondKey = (await agent.issues.createIssue({ fields: { project: { key: 'CMP' }, issuetype: { id: '10001' }, summary: 'Courier late' } })).key;
});

afterAll(async () => {
  await running.close();
});

describe('platform REST through jira.js', () => {
  it('creates an issue with the next key of the project', () => {
    expect([issueKey, secondKey]).toEqual(['CMP-1', 'CMP-2']);
  });

  it('reads an issue with fields, expansions and properties', async () => {
    await agent.issueProperties.setIssueProperty({ issueIdOrKey: issueKey, propertyKey: 'advocate', body: { level: 1 } });
    const issue = await agent.issues.getIssue({
      issueIdOrKey: issueKey,
      expand: 'names,schema,transitions,changelog',
      properties: ['advocate'],
    });
    expect(issue.fields?.summary).toBe('Refund never arrived');
    expect(issue.fields?.status).toMatchObject({ name: 'To Do' });
    expect(issue.fields?.customfield_10015).toBe('2026-03-05');
    expect(issue.names?.customfield_10015).toBe('Start date');
    expect(issue.properties).toEqual({ advocate: { level: 1 } });
    expect(issue.transitions?.map((t) => t.name)).toEqual(['Start progress']);
  });

  it('edits, assigns and transitions', async () => {
    await agent.issues.editIssue({ issueIdOrKey: issueKey, fields: { priority: { name: 'High' } }, update: { labels: [{ add: 'urgent' }] } });
    await agent.issues.assignIssue({ issueIdOrKey: issueKey, accountId: DEMO_ACCOUNTS.billingLead });
    const { transitions } = await agent.issues.getTransitions({ issueIdOrKey: issueKey, expand: 'transitions.fields' });
    expect(transitions?.[0]).toMatchObject({ id: '11', to: { name: 'In Progress' }, fields: {} });
    await agent.issues.doTransition({ issueIdOrKey: issueKey, transition: { id: '11' } });
    const issue = await agent.issues.getIssue({ issueIdOrKey: issueKey, fields: ['status', 'assignee', 'priority', 'labels'] });
    expect(issue.fields).toMatchObject({
      status: { name: 'In Progress' },
      assignee: { accountId: DEMO_ACCOUNTS.billingLead },
      priority: { name: 'High' },
      labels: ['refund', 'urgent'],
    });
  });

  it('requires the Resolution on a transition screen that shows it, as Jira does', async () => {
    const { transitions } = await agent.issues.getTransitions({ issueIdOrKey: issueKey, expand: 'transitions.fields' });
    const done = transitions?.find((t) => t.name === 'Done');
    expect(done).toMatchObject({ looped: false, fields: { resolution: { required: true } } });
    await expect(agent.issues.doTransition({ issueIdOrKey: issueKey, transition: { id: done?.id ?? '' } })).rejects.toMatchObject({
      status: 400,
      body: { errorMessages: [], errors: { resolution: 'Resolution is required.' } },
    });
    const issue = await agent.issues.getIssue({ issueIdOrKey: issueKey, fields: ['status', 'resolution'] });
    expect(issue.fields).toMatchObject({ status: { name: 'In Progress' }, resolution: null });
  });

  it('adds and lists comments', async () => {
    const comment = await agent.issueComments.addComment({ issueIdOrKey: issueKey, body: adf('Called the customer.') });
    const page = await agent.issueComments.getComments({ issueIdOrKey: issueKey });
    expect(page.comments?.map((c) => c.id)).toEqual([comment.id]);
    expect(page.comments?.[0]?.created).toBeInstanceOf(Date);
  });

  it('lists, reads and deletes issue properties', async () => {
    await agent.issueProperties.setIssueProperty({ issueIdOrKey: issueKey, propertyKey: 'trail', body: { entries: 2 } });
    const keys = await agent.issueProperties.getIssuePropertyKeys({ issueIdOrKey: issueKey });
    expect(keys.keys?.map((k) => k.key)).toEqual(['advocate', 'trail']);
    expect(await agent.issueProperties.getIssueProperty({ issueIdOrKey: issueKey, propertyKey: 'trail' })).toEqual({
      key: 'trail',
      value: { entries: 2 },
    });
    await agent.issueProperties.deleteIssueProperty({ issueIdOrKey: issueKey, propertyKey: 'trail' });
    const after = await agent.issueProperties.getIssuePropertyKeys({ issueIdOrKey: issueKey });
    expect(after.keys?.map((k) => k.key)).toEqual(['advocate']);
  });

  it('links issues and lists link types', async () => {
    const { issueLinkTypes } = await agent.issueLinkTypes.getIssueLinkTypes();
    expect(issueLinkTypes?.map((t) => t.name)).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);
    await agent.issueLinks.linkIssues({ type: { name: 'Relates' }, inwardIssue: { key: secondKey }, outwardIssue: { key: issueKey } });
    const issue = await agent.issues.getIssue({ issueIdOrKey: issueKey, fields: ['issuelinks'] });
    expect(issue.fields?.issuelinks).toMatchObject([{ type: { name: 'Relates' }, inwardIssue: { key: secondKey } }]);
  });

  it('notifies and pages the changelog', async () => {
    await agent.issues.notify({ issueIdOrKey: issueKey, subject: 'Please look', textBody: 'Thanks', to: { assignee: true } });
    expect(running.emulator.outbox().at(-1)?.recipients.map((r) => r.accountId)).toEqual([DEMO_ACCOUNTS.billingLead]);
    const page = await agent.issues.getChangeLogs({ issueIdOrKey: issueKey, maxResults: 2 });
    expect(page).toMatchObject({ startAt: 0, maxResults: 2, isLast: false });
    expect(page.total).toBeGreaterThan(2);
  });

  it('bulk-fetches changelogs, narrowed to fields, oldest first, paged by token', async () => {
    const all = await agent.issues.getBulkChangelogs({ issueIdsOrKeys: [issueKey, secondKey], fieldIds: ['status', 'assignee'] });
    const histories = all.issueChangeLogs?.flatMap((log) => log.changeHistories ?? []) ?? [];
    expect(all.nextPageToken ?? null).toBeNull();
    expect(histories.flatMap((h) => h.items?.map((item) => item.fieldId) ?? [])).toEqual(['assignee', 'status']);
    expect(all.issueChangeLogs?.map((log) => log.issueId)).toEqual([(await agent.issues.getIssue({ issueIdOrKey: issueKey })).id]);
    const first = await agent.issues.getBulkChangelogs({ issueIdsOrKeys: [issueKey], fieldIds: ['status', 'assignee'], maxResults: 1 });
    expect(first.issueChangeLogs?.[0]?.changeHistories?.[0]?.items?.[0]?.fieldId).toBe('assignee');
    const second = await agent.issues.getBulkChangelogs({ issueIdsOrKeys: [issueKey], fieldIds: ['status', 'assignee'], maxResults: 1, nextPageToken: first.nextPageToken ?? '' });
    expect(second.issueChangeLogs?.[0]?.changeHistories?.[0]?.items?.[0]?.fieldId).toBe('status');
    expect(second.nextPageToken ?? null).toBeNull();
    await expect(agent.issues.getBulkChangelogs({ issueIdsOrKeys: [] })).rejects.toMatchObject({ status: 400 });
    await expect(agent.issues.getBulkChangelogs({ issueIdsOrKeys: [issueKey], fieldIds: Array.from({ length: 11 }, (_, i) => `f${String(i)}`) })).rejects.toMatchObject({ status: 400 });
    // A customer who may not browse the issue gets no history of it.
    expect((await customer.issues.getBulkChangelogs({ issueIdsOrKeys: [issueKey] })).issueChangeLogs).toEqual([]);
  });

  it('searches with GET and POST and counts', async () => {
    const byGet = await agent.issueSearch.searchAndReconsileIssuesUsingJql({ jql: 'project = CMP', fields: ['summary'] });
    const byPost = await agent.issueSearch.searchAndReconsileIssuesUsingJqlPost({ jql: 'project = CMP', fields: ['summary'] });
    expect(byGet.issues?.map((i) => i.key)).toEqual([secondKey, issueKey]);
    expect(byPost).toEqual(byGet);
    expect(await agent.issueSearch.countIssues({ jql: 'project = CMP' })).toEqual({ count: 2 });
  });

  it('answers who is calling, users and groups', async () => {
    const me = await agent.myself.getCurrentUser({ expand: 'groups' });
    expect(me.groups?.items?.map((g) => g.name)).toEqual(['jira-servicemanagement-users']);
    expect((await app.myself.getCurrentUser()).accountType).toBe('app');
    expect((await agent.users.getUser({ accountId: DEMO_ACCOUNTS.advocate })).displayName).toBe('Ava Advocate');
    expect((await agent.userSearch.findUsers({ query: 'ava' })).map((u) => u.accountId)).toEqual([DEMO_ACCOUNTS.advocate]);
    expect((await agent.users.getAllUsersDefault({ maxResults: 3 })).length).toBe(3);
    expect((await agent.users.getAllUsers({ startAt: 9 })).map((u) => u.accountType)).toEqual(['customer', 'app']);
    expect((await agent.users.getUserGroups({ accountId: DEMO_ACCOUNTS.manager })).map((g) => g.name)).toEqual([
      'complaint-managers',
      'jira-servicemanagement-users',
    ]);
    const members = await agent.groups.getUsersFromGroup({ groupname: 'complaint-advocates' });
    expect(members.values.map((u) => u.accountId)).toEqual([DEMO_ACCOUNTS.advocate]);
  });

  it('reports permissions', async () => {
    const { permissions } = await agent.permissions.getMyPermissions({ permissions: 'BROWSE_PROJECTS,ADMINISTER', projectKey: 'CMP' });
    expect(permissions).toMatchObject({ BROWSE_PROJECTS: { havePermission: true }, ADMINISTER: { havePermission: false } });
  });

  it('lists and reads projects and components', async () => {
    const found = await agent.projects.searchProjects({ query: 'complaints' });
    expect(found.values.map((p) => p.key)).toEqual(['CMP']);
    const project = await agent.projects.getProject({ projectIdOrKey: 'CMP' });
    expect(project.issueTypes?.map((t) => t.name)).toEqual(['Task', 'Service Request']);
    const components = await agent.projectComponents.getProjectComponents({ projectIdOrKey: 'CMP' });
    expect(components.map((c) => [c.name, c.lead?.displayName])).toEqual([
      ['Billing', 'Boris Belov'],
      ['Delivery', 'Dmytro Danko'],
      ['Support', 'Sofia Stone'],
    ]);
    const added = await app.projectComponents.createComponent({ project: 'CMP', name: 'Quality', leadAccountId: DEMO_ACCOUNTS.manager });
    expect(added).toMatchObject({ name: 'Quality', lead: { accountId: DEMO_ACCOUNTS.manager } });
  });

  it('lists projects on GET /project, which jira.js no longer wraps', async () => {
    const projectSchema = await responseSchemaOf((client) => client.projects.getProject({ projectIdOrKey: 'CMP' }));
    const transport = createClient({ host: running.baseUrl, headers: { 'x-forge-provider': 'app' }, onSchemaMismatch: 'throw' });
    const projects = await transport.sendRequest({ url: '/rest/api/3/project', method: 'GET', schema: z.array(projectSchema) });
    expect(projects).toEqual([expect.objectContaining({ key: 'CMP', projectTypeKey: 'service_desk' })]);
  });

  it('gives create metadata: the issue types, then the create screen’s fields of one', async () => {
    const types = await agent.issues.getCreateIssueMetaIssueTypes({ projectIdOrKey: 'CMP' });
    expect(types.issueTypes?.map((t) => t.name)).toEqual(['Task', 'Service Request']);
    const fields = await agent.issues.getCreateIssueMetaIssueTypeId({ projectIdOrKey: 'CMP', issueTypeId: '10001' });
    expect(fields.fields?.find((f) => f.fieldId === 'customfield_10015')).toMatchObject({ name: 'Start date', required: false, schema: { type: 'date' } });
    expect(fields.total).toBe(fields.fields?.length);
  });

  it('answers server info', async () => {
    expect((await agent.serverInfo.getServerInfo()).deploymentType).toBe('Cloud');
  });

  it('hides the project from a portal customer', async () => {
    expect((await customer.projects.searchProjects()).values).toEqual([]);
  });
});

describe('Service Management REST through jira.js', () => {
  it('lists service desks and request types', async () => {
    const desks = await portal.servicedesk.getServiceDesks();
    expect(desks.values?.map((d) => [d.id, d.projectKey])).toEqual([['1', 'CMP']]);
    const types = await portal.servicedesk.getRequestTypes({ serviceDeskId: '1' });
    expect(types.values?.map((t) => [t.name, t.issueTypeId])).toEqual([['General request', '10002']]);
  });

  it('raises a request and reads it back', async () => {
    const created = await portal.request.createCustomerRequest({
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'Rude courier', description: 'He shouted at me.' },
    });
    expect(created).toMatchObject({ requestTypeId: '1', reporter: { accountId: DEMO_ACCOUNTS.customer } });
    const read = await portal.request.getCustomerRequestByIdOrKey({ issueIdOrKey: created.issueKey ?? '' });
    expect(read.requestFieldValues).toEqual([
      { fieldId: 'summary', label: 'Summary', value: 'Rude courier' },
      { fieldId: 'description', label: 'Description', value: 'He shouted at me.' },
    ]);
    expect(read.currentStatus).toMatchObject({ status: 'To Do', statusCategory: 'NEW' });
  });
});
