import { followUpIssueFields } from '../../../src/jira/follow-up/follow-up-issue';
import { makeBinding, FIELD_IDS } from '../provisioning/provisioning-fixtures';

const ORIGINAL = {
  issueKey: 'CMP-7',
  summary: 'Rude at the counter',
  departmentName: 'Delivery',
  subject: { kind: 'employee', accountId: 'boris' },
  channel: 'in_person',
  anonymous: true,
  reporterAccountId: 'agent-1',
} as const;

describe('the follow-up complaint’s create fields', () => {
  it('name an employee subject by account, and anonymity and channel by their option values', () => {
    const fields = followUpIssueFields(makeBinding(), ORIGINAL, 'Again');
    expect(fields).toMatchObject({
      [FIELD_IDS.subjectUser]: { accountId: 'boris' },
      [FIELD_IDS.anonymous]: { value: 'Yes' },
      [FIELD_IDS.channel]: { value: 'In person' },
      [FIELD_IDS.department]: { value: 'Delivery' },
      reporter: { accountId: 'agent-1' },
    });
    expect(fields).not.toHaveProperty(FIELD_IDS.subjectService);
  });

  it('leave out what the original lacks: department (triage), subject, channel and reporter', () => {
    const fields = followUpIssueFields(makeBinding(), { ...ORIGINAL, departmentName: null, subject: null, channel: null, reporterAccountId: null }, 'Again');
    expect(Object.keys(fields).sort()).toEqual(['description', 'issuetype', 'project', 'summary', FIELD_IDS.anonymous].sort());
  });

  it('keep a summary that fits as it is', () => {
    expect(followUpIssueFields(makeBinding(), { ...ORIGINAL, summary: 'x'.repeat(200) }, 'Again').summary).toBe(`Follow-up to CMP-7: ${'x'.repeat(200)}`);
  });
});
