import { isEditMode, storedGadgetConfig } from '../../../static/gadget/gadget-context';
import { makeContext } from '../support/fake-host';

describe('gadget context', () => {
  it.each([
    ['edit', true],
    ['view', false],
    [undefined, false],
  ])('entry point %s -> edit mode %s', (entryPoint, expected) => {
    expect(isEditMode(makeContext({ extension: { type: 'jira:dashboardGadget', entryPoint } }))).toBe(expected);
  });

  it('hands back what Jira stored for the gadget', () => {
    const gadgetConfiguration = { projects: ['CS'] };
    expect(storedGadgetConfig(makeContext({ extension: { gadgetConfiguration } }))).toBe(gadgetConfiguration);
  });
});
