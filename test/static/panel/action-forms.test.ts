import { ACTION_FIELDS, CHECKED, checkForm, submitAction } from '../../../static/panel/action-forms';
import { PANEL_ACTIONS } from '../../../src/contracts/panel-view';
import type { Call } from '../../../static/shared/create-call';

const TODAY = '2026-12-05';

const recordingCall = () => {
  const calls: { key: string; request: unknown }[] = [];
  const call = ((key: string, request: unknown) => {
    calls.push({ key, request });
    return Promise.resolve({});
  }) as Call;
  return { call, calls };
};

describe('checkForm', () => {
  it('names every required field left empty', () => {
    expect(checkForm('close', { callNotes: '  ' }, TODAY)).toEqual([
      { path: 'satisfaction', message: 'missing' },
      { path: 'consideredResolved', message: 'missing' },
      { path: 'callNotes', message: 'missing' },
    ]);
  });

  it('refuses a deadline before today and accepts today', () => {
    expect(checkForm('start_work', { measures: 'x', measuresDeadline: '2026-12-04' }, TODAY)).toEqual([{ path: 'measuresDeadline', message: 'deadline_in_past' }]);
    expect(checkForm('start_work', { measures: 'x', measuresDeadline: TODAY }, TODAY)).toEqual([]);
  });

  it.each([
    ['mark_done', { actionTaken: 'x', compensation: '-1' }, 'compensation', 'bad_format'],
    ['mark_duplicate', { reason: 'x', duplicateOf: 'not a key' }, 'duplicateOf', 'bad_format'],
    ['close', { satisfaction: '6', consideredResolved: 'no', callNotes: 'x' }, 'satisfaction', 'out_of_range'],
    ['revise_measures', { measures: 'x', measuresDeadline: '5.12.2026' }, 'measuresDeadline', 'bad_format'],
  ] as const)('%s checks the form of %s', (action, values, path, message) => {
    expect(checkForm(action, values, TODAY)).toEqual([{ path, message }]);
  });

  it('leaves optional fields optional and asks nothing of a nudge', () => {
    expect(checkForm('mark_done', { actionTaken: 'Refunded' }, TODAY)).toEqual([]);
    expect(checkForm('reroute', { departmentId: 'cards', reason: 'Wrong team' }, TODAY)).toEqual([]);
    expect(ACTION_FIELDS.nudge).toEqual([]);
  });
});

describe('submitAction', () => {
  it('sends each action to its own resolver key', async () => {
    const { call, calls } = recordingCall();
    for (const action of PANEL_ACTIONS) await submitAction(call, action, {});
    expect(calls.map((c) => c.key)).toEqual([
      'complaint/start-work',
      'complaint/revise-measures',
      'complaint/mark-done',
      'complaint/close',
      'complaint/return',
      'complaint/reopen',
      'complaint/withdraw',
      'complaint/mark-duplicate',
      'complaint/reroute',
      'complaint/nudge',
      'complaint/open-follow-up',
    ]);
  });

  it('shares the measures with the customer only when the box is ticked, and says nothing of it otherwise', async () => {
    const { call, calls } = recordingCall();
    const measures = { measures: ' Refund ', measuresDeadline: '2026-12-10' };
    await submitAction(call, 'start_work', { ...measures, shareMeasures: CHECKED });
    await submitAction(call, 'revise_measures', { ...measures, shareMeasures: '' });
    expect(calls.map((c) => c.request)).toEqual([
      { measures: 'Refund', measuresDeadline: '2026-12-10', shareMeasures: true },
      { measures: 'Refund', measuresDeadline: '2026-12-10' },
    ]);
    expect(checkForm('revise_measures', { measures: 'x', measuresDeadline: TODAY }, TODAY)).toEqual([]);
  });

  it('sends typed values: numbers, booleans, trimmed texts, and no empty optional fields', async () => {
    const { call, calls } = recordingCall();
    await submitAction(call, 'close', { satisfaction: '4', consideredResolved: 'no', callNotes: ' Spoke to her ', compensation: '12,50' });
    await submitAction(call, 'mark_done', { actionTaken: 'Refunded', compensation: '' });
    await submitAction(call, 'reroute', { departmentId: 'cards', accountId: '', reason: 'Wrong team' });
    await submitAction(call, 'mark_duplicate', { duplicateOf: 'cs-3', reason: 'Same' });
    expect(calls.map((c) => c.request)).toEqual([
      { satisfaction: 4, consideredResolved: false, callNotes: 'Spoke to her', compensation: 12.5 },
      { actionTaken: 'Refunded' },
      { departmentId: 'cards', reason: 'Wrong team' },
      { duplicateOf: 'CS-3', reason: 'Same' },
    ]);
  });
});
