import { formOf, parseGadgetForm, PERIOD_MONTHS, readGadgetConfig, type GadgetConfig, type GadgetForm } from '../../../static/gadget/gadget-config';

const form = (overrides: Partial<GadgetForm> = {}): GadgetForm => ({
  projects: 'CS',
  periodMonths: '6',
  departments: [],
  ...overrides,
});

const config = (overrides: Partial<GadgetConfig> = {}): GadgetConfig => ({ projects: ['CS'], periodMonths: 6, departments: [], ...overrides });

describe('parseGadgetForm', () => {
  it.each([
    ['keys are upper-cased, trimmed and de-duplicated', form({ projects: ' cs, Help ,CS' }), config({ projects: ['CS', 'HELP'] })],
    ['departments as picked, minus repeats', form({ departments: ['billing', 'front-desk', 'billing'] }), config({ departments: ['billing', 'front-desk'] })],
    ['the lowest period', form({ periodMonths: '1' }), config({ periodMonths: 1 })],
    ['the highest period, with spaces around it', form({ periodMonths: ' 12 ' }), config({ periodMonths: 12 })],
    ['digits and underscores after the first letter', form({ projects: 'OPS_2' }), config({ projects: ['OPS_2'] })],
  ])('accepts: %s', (_case, input, expected) => {
    expect(parseGadgetForm(input)).toEqual({ ok: true, config: expected });
  });

  it.each([
    ['no project', form({ projects: ' , ' }), { projects: { key: 'validation.projects.required' } }],
    ['a key starting with a digit', form({ projects: 'CS, 1AB' }), { projects: { key: 'validation.projects.invalid', params: { value: '1AB' } } }],
    ['a one-letter key', form({ projects: 'C' }), { projects: { key: 'validation.projects.invalid', params: { value: 'C' } } }],
    ['a key with a hyphen', form({ projects: 'CS-1' }), { projects: { key: 'validation.projects.invalid', params: { value: 'CS-1' } } }],
    ['period 0', form({ periodMonths: '0' }), { periodMonths: { key: 'validation.period.range' } }],
    ['period 13', form({ periodMonths: '13' }), { periodMonths: { key: 'validation.period.range' } }],
    ['a fractional period', form({ periodMonths: '2.5' }), { periodMonths: { key: 'validation.period.range' } }],
    ['a negative period', form({ periodMonths: '-3' }), { periodMonths: { key: 'validation.period.range' } }],
    ['an empty period', form({ periodMonths: '' }), { periodMonths: { key: 'validation.period.range' } }],
    [
      'both at once',
      form({ projects: '', periodMonths: 'six' }),
      { projects: { key: 'validation.projects.required' }, periodMonths: { key: 'validation.period.range' } },
    ],
  ])('rejects: %s', (_case, input, problems) => {
    expect(parseGadgetForm(input)).toEqual({ ok: false, problems });
  });
});

describe('readGadgetConfig', () => {
  const valid = { projects: ['CS'], periodMonths: 12, departments: ['billing'] };

  it.each([
    ['a valid saved config', valid, valid],
    ['a period stored as a numeric string', { ...valid, periodMonths: '12' }, valid],
    ['extra keys such as refresh are ignored', { ...valid, refresh: 15 }, valid],
  ])('reads %s', (_case, stored, expected) => {
    expect(readGadgetConfig(stored)).toEqual(expected);
  });

  it.each([
    ['nothing saved yet', undefined],
    ['an empty object', {}],
    ['projects as a string', { ...valid, projects: 'CS' }],
    ['a period out of range', { ...valid, periodMonths: 30 }],
    ['a period that is not a number', { ...valid, periodMonths: 'soon' }],
    ['no project', { ...valid, projects: [] }],
    ['a department that is not a string', { ...valid, departments: [7] }],
  ])('gives null for %s', (_case, stored) => {
    expect(readGadgetConfig(stored)).toBeNull();
  });
});

describe('formOf', () => {
  it('pre-fills the form from a saved config, which parses back to the same config', () => {
    const saved = config({ projects: ['CS', 'HELP'], periodMonths: 3, departments: ['billing'] });
    expect(formOf(saved)).toEqual({ projects: 'CS, HELP', periodMonths: '3', departments: ['billing'] });
    expect(parseGadgetForm(formOf(saved))).toEqual({ ok: true, config: saved });
  });

  it(`starts a new gadget at ${PERIOD_MONTHS.byDefault} months with empty lists`, () => {
    expect(formOf(null)).toEqual({ projects: '', periodMonths: '6', departments: [] });
  });
});
