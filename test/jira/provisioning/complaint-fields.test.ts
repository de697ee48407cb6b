import { COMPLAINT_FIELDS, fieldName, fieldOptions, FIELD_KEYS, INPUT_FIELDS } from '../../../src/jira/provisioning/complaint-fields';
import { COMPLAINT_SCREENS, SCREEN_KEYS, screenFieldId, type ScreenSpec } from '../../../src/jira/provisioning/complaint-screens';
import { REQUIRED_INPUTS } from '../../../src/domain/workflow/complaint-workflow';
import { makeConfig } from '../../domain/factories';
import { FIELD_IDS } from './provisioning-fixtures';

describe('the complaint fields', () => {
  it.each([
    ['department', ['Billing', 'Delivery', 'Support']],
    ['channel', ['Phone', 'Email', 'Portal', 'In person', 'Other']],
    ['anonymous', ['Yes', 'No']],
    ['measures', null],
  ] as const)('%s offers %j', (key, options) => {
    expect(fieldOptions(key, makeConfig())).toEqual(options);
  });

  it('makes every field JQL-searchable with a searcher of its kind', () => {
    for (const key of FIELD_KEYS) expect(COMPLAINT_FIELDS[key].searcherKey).toMatch(/^com\.atlassian\.jira\.plugin\.system\.customfieldtypes:\w+/);
  });

  it('keeps every required input in a field, reasons and the duplicate in one-line text fields', () => {
    expect(REQUIRED_INPUTS.map((input) => INPUT_FIELDS[input])).toEqual([...REQUIRED_INPUTS]);
    expect([COMPLAINT_FIELDS.reason.type, COMPLAINT_FIELDS.duplicateOf.type]).toEqual([
      'com.atlassian.jira.plugin.system.customfieldtypes:textfield',
      'com.atlassian.jira.plugin.system.customfieldtypes:textfield',
    ]);
  });

  it.each([
    ['measures', 'Measures'],
    ['satisfaction', 'Customer satisfaction'],
    ['returns', 'Returns for rework'],
    ['responsible', 'Responsible'],
    ['reason', 'Reason'],
  ] as const)('calls %s "%s"', (key, name) => {
    expect(fieldName(key)).toBe(name);
  });
});

const screenFieldIds = (spec: ScreenSpec, ids: typeof FIELD_IDS) => spec.fields.map((f) => screenFieldId(f, ids));

describe('the complaint screens', () => {
  it('asks on each transition screen for what the step requires', () => {
    expect(screenFieldIds(COMPLAINT_SCREENS.startWork, FIELD_IDS)).toEqual([FIELD_IDS.measures, FIELD_IDS.measuresDeadline]);
    expect(screenFieldIds(COMPLAINT_SCREENS.markDone, FIELD_IDS)).toEqual([FIELD_IDS.actionTaken, FIELD_IDS.compensation]);
    expect(screenFieldIds(COMPLAINT_SCREENS.close, FIELD_IDS)).toEqual([FIELD_IDS.callNotes, FIELD_IDS.compensation, 'resolution']);
    // Reporter, so that a complaint can be registered on behalf of its customer.
    expect(screenFieldIds(COMPLAINT_SCREENS.create, FIELD_IDS).slice(0, 4)).toEqual(['summary', 'reporter', 'description', FIELD_IDS.department]);
  });

  it('shows every field on the view screen, and nothing twice anywhere', () => {
    const view = screenFieldIds(COMPLAINT_SCREENS.view, FIELD_IDS);
    expect(new Set(view)).toEqual(new Set(['summary', 'reporter', 'description', ...Object.values(FIELD_IDS)]));
    for (const key of SCREEN_KEYS) {
      const ids = screenFieldIds(COMPLAINT_SCREENS[key], FIELD_IDS);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
