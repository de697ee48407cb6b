import { compileEventFilter } from '../../../sandbox/host/trigger-filter';

const complaint = { issue: { key: 'CMP-1', fields: { issuetype: { name: 'Complaint' }, priority: null, votes: 2 } }, selfGenerated: false };

describe('compileEventFilter', () => {
  it.each([
    [null, true],
    ['', true],
    ["event.issue.fields.issuetype.name == 'Complaint'", true],
    ['event.issue.fields.issuetype.name == "Complaint"', true],
    ["event.issue.fields.issuetype.name == 'Task'", false],
    ["event.issue.fields.issuetype.name != 'Task'", true],
    ['event.issue.fields.priority == null', true],
    ['event.issue.fields.missing == null', true],
    ['event.issue.fields.votes == 2', true],
    ['event.selfGenerated == false', true],
    ["event.issue.fields.issuetype.name == 'Task' || event.issue.key == 'CMP-1'", true],
    ["event.issue.fields.issuetype.name == 'Complaint' && event.issue.key == 'CMP-2'", false],
    // && binds tighter: false || (true && true)
    ["event.issue.key == 'X' || event.selfGenerated == false && event.issue.fields.votes == 2", true],
    ["event.issue.summary == 'it\\'s'", false],
  ])('%s → %s', (expression, expected) => {
    expect(compileEventFilter(expression)(complaint)).toBe(expected);
  });

  it.each([
    ["event.issue.fields.issuetype.name in ['Complaint']", 'unexpected text'],
    ["issue.fields.issuetype.name == 'Complaint'", 'paths start at `event`'],
    ["(event.issue.key == 'A')", 'unexpected text'],
    ['event.issue.fields.votes > 1', 'unexpected text'],
    ["'Complaint' == event.issue.fields.issuetype.name", '`event.path == literal`'],
  ])('rejects %s when the manifest loads', (expression, reason) => {
    expect(() => compileEventFilter(expression)).toThrow(reason);
  });
});
