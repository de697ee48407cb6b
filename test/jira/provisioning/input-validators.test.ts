import type { FieldIds } from '../../../src/jira/provisioning/complaint-fields';
import { inputValidators } from '../../../src/jira/provisioning/input-validators';

const IDS: FieldIds = {
  department: 'customfield_1',
  subjectUser: 'customfield_2',
  subjectService: 'customfield_3',
  channel: 'customfield_4',
  anonymous: 'customfield_5',
  measures: 'customfield_6',
  measuresDeadline: 'customfield_7',
  actionTaken: 'customfield_8',
  compensation: 'customfield_9',
  callNotes: 'customfield_10',
  satisfaction: 'customfield_11',
  consideredResolved: 'customfield_12',
  returns: 'customfield_13',
  reopens: 'customfield_14',
};

describe('input validators', () => {
  it.each([
    ['measures', ['measures'], ["issue.customfield_6 != null ? true : 'Describe the measures the department will take.'"]],
    [
      'a deadline: set, and not in the past',
      ['measuresDeadline'],
      [
        "issue.customfield_7 != null ? true : 'Set the Measures deadline.'",
        "(issue.customfield_7 == null || issue.customfield_7 >= new CalendarDate()) ? true : 'The Measures deadline must not be in the past.'",
      ],
    ],
    [
      'satisfaction from 1 to 5',
      ['satisfaction'],
      ["(issue.customfield_11 != null && issue.customfield_11 >= 1 && issue.customfield_11 <= 5) ? true : 'Record the customer satisfaction, from 1 to 5.'"],
    ],
    ['compensation of zero or more', ['compensation'], ["(issue.customfield_9 != null && issue.customfield_9 >= 0) ? true : 'Compensation must be zero or more.'"]],
    ['a reason, which is app data', ['reason'], []],
    ['the duplicate, which is an issue link', ['duplicateOf'], []],
  ] as const)('%s', (_what, requires, expected) => {
    expect(inputValidators(requires, IDS).map((v) => v.expression)).toEqual(expected);
  });

  it('keeps the order of the table and names the input of each validator', () => {
    expect(inputValidators(['satisfaction', 'consideredResolved', 'callNotes'], IDS).map((v) => v.input)).toEqual([
      'satisfaction',
      'consideredResolved',
      'callNotes',
    ]);
  });
});
