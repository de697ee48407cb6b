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
  reason: 'customfield_20',
  duplicateOf: 'customfield_21',
  responsible: 'customfield_22',
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
    [
      'a reason: written, and not the one the field kept from the last time',
      ['reason'],
      [
        "(issue.customfield_20 != null && issue.customfield_20.trim() != '') ? true : 'Give the reason: it goes on the complaint\\'s trail.'",
        "issue.customfield_20 != originalIssue.customfield_20 ? true : 'Give a new reason: this one was already given for an earlier step.'",
      ],
    ],
    [
      "the duplicate's key: written, and not the complaint's own",
      ['duplicateOf'],
      [
        "(issue.customfield_21 != null && issue.customfield_21.trim() != '') ? true : 'Give the key of the complaint this one duplicates, e.g. CMP-12.'",
        "(issue.customfield_21 == null || issue.customfield_21 != issue.key) ? true : 'A complaint cannot duplicate itself.'",
      ],
    ],
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
