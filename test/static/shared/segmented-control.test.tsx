/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SegmentedControl } from '../../../static/shared/components/SegmentedControl';

afterEach(cleanup);

const OPTIONS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value} label` }));

const Harness = () => {
  const [value, setValue] = useState('');
  return (
    <>
      <span id="name">Satisfaction</span>
      <SegmentedControl options={OPTIONS} value={value} onChange={setValue} labelledBy="name" />
    </>
  );
};

const press = (init: { key: string }) => {
  const focused = document.activeElement;
  if (focused === null) throw new Error('nothing has the focus');
  fireEvent.keyDown(focused, init);
};
const checked = () => screen.getAllByRole('radio').filter((radio) => radio.getAttribute('aria-checked') === 'true').map((radio) => radio.textContent);
const tabStops = () => screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0).map((radio) => radio.textContent);

describe('SegmentedControl', () => {
  it('is a labelled radiogroup with one tab stop and nothing chosen at first', () => {
    render(<Harness />);
    expect(screen.getByRole('radiogroup', { name: 'Satisfaction' })).toBeTruthy();
    expect(checked()).toEqual([]);
    expect(tabStops()).toEqual(['1 label']);
  });

  it('moves and chooses with the arrow keys, wraps at the ends, and jumps with Home and End', () => {
    render(<Harness />);
    const first = screen.getByRole('radio', { name: '1 label' });
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(checked()).toEqual(['2 label']);
    expect(document.activeElement?.textContent).toBe('2 label');
    press({ key: 'ArrowDown' });
    expect(checked()).toEqual(['3 label']);
    press({ key: 'End' });
    expect(checked()).toEqual(['5 label']);
    press({ key: 'ArrowRight' });
    expect(checked()).toEqual(['1 label']);
    press({ key: 'ArrowLeft' });
    expect(checked()).toEqual(['5 label']);
    press({ key: 'Home' });
    expect(checked()).toEqual(['1 label']);
    expect(tabStops()).toEqual(['1 label']);
  });

  it('ignores other keys and chooses on click', () => {
    render(<Harness />);
    fireEvent.keyDown(screen.getByRole('radio', { name: '1 label' }), { key: 'a' });
    expect(checked()).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: '4 label' }));
    expect(checked()).toEqual(['4 label']);
    expect(tabStops()).toEqual(['4 label']);
  });
});
