import { AppError } from '../../../../src/domain/app-error';
import { jiraErrorOf, type RefusedCall } from '../../../../src/adapters/forge/jira/jira-error-mapping';
import { JiraRestError } from '../../../../src/adapters/forge/jira/jira-rest-error';

const refused = (overrides: Partial<RefusedCall>): RefusedCall => ({
  method: 'GET',
  path: '/rest/api/3/issue/CMP-1',
  status: 500,
  body: undefined,
  retryAfterMs: null,
  ...overrides,
});

describe('jiraErrorOf', () => {
  it.each<[number, string]>([
    [400, 'INVALID_INPUT'],
    [401, 'FORBIDDEN'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [429, 'RATE_LIMITED'],
    [405, 'JIRA_ERROR'],
    [410, 'JIRA_ERROR'],
    [500, 'JIRA_ERROR'],
    [503, 'JIRA_ERROR'],
  ])('maps %i to %s', (status, code) => {
    const error = jiraErrorOf(refused({ status }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(JiraRestError);
    expect([error.code, error.status]).toEqual([code, status]);
  });

  it('turns the field errors of a 400 into fields, and says them in the message', () => {
    const body = { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.', customfield_10050: 'Select a valid option.' } };
    const error = jiraErrorOf(refused({ method: 'POST', path: '/rest/api/3/issue', status: 400, body }));
    expect(error.fields).toEqual([
      { path: 'summary', message: 'You must specify a summary of the issue.' },
      { path: 'customfield_10050', message: 'Select a valid option.' },
    ]);
    expect(error.errorMessages).toEqual([]);
    expect(error.message).toBe(
      'Jira answered 400 to POST /rest/api/3/issue: summary: You must specify a summary of the issue. customfield_10050: Select a valid option.',
    );
    expect(error.cause).toBe(body);
  });

  it.each<[string, unknown, string[]]>([
    ['the platform body', { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }, ['Issue does not exist or you do not have permission to see it.']],
    ['the Service Management body', { errorMessage: 'Service desk 999 does not exist.', i18nErrorMessage: { i18nKey: 'sd.rest.error', parameters: [] } }, ['Service desk 999 does not exist.']],
    ["Jersey's body for a path nothing serves", { message: 'null for uri: https://x/rest/api/3/nope', 'status-code': 404 }, ['null for uri: https://x/rest/api/3/nope']],
    ['a text body', '  Bad gateway ', ['Bad gateway']],
    ['no body', undefined, []],
    ['a body of another shape', [1, 2], []],
  ])('reads the messages of %s', (_name, body, messages) => {
    expect(jiraErrorOf(refused({ status: 404, body })).errorMessages).toEqual(messages);
  });

  it('keeps the message short when Jira said nothing', () => {
    expect(jiraErrorOf(refused({ status: 502 })).message).toBe('Jira answered 502 to GET /rest/api/3/issue/CMP-1');
  });

  it('carries Retry-After on a rate limit, so the caller can hand it to Forge', () => {
    const error = jiraErrorOf(refused({ status: 429, retryAfterMs: 60_000, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } }));
    expect([error.code, error.retryAfterMs, error.message]).toEqual(['RATE_LIMITED', 60_000, 'Jira answered 429 to GET /rest/api/3/issue/CMP-1: Rate limit exceeded.']);
  });
});
