import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/AppProviders';
import { loadMessages } from '../../i18n/locale';
import { DateInput } from './DateInput';
import { datePartsValue } from './dateParts';

function Harness({ start, seen }: { start: string; seen: string[] }) {
  const [value, setValue] = useState(start);
  return (
    <DateInput
      name="from"
      label="Vanaf"
      value={value}
      calendar={{ min: '2026-03-02', max: '2026-03-20' }}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

async function renderHarness(start: string) {
  const seen: string[] = [];
  const messages = await loadMessages('nl');
  const user = userEvent.setup();
  render(
    <AppProviders locale="nl" messages={messages}>
      <Harness start={start} seen={seen} />
    </AppProviders>,
  );
  return { seen, user, boxes: within(screen.getByRole('group', { name: 'Vanaf' })).getAllByRole<HTMLInputElement>('textbox') };
}

describe('DateInput', () => {
  it('shows an ISO date as dag, maand, jaar and gives back ISO, or what was typed when it is no date', async () => {
    const { seen, user, boxes } = await renderHarness('2026-03-09');
    expect(boxes.map((b) => b.value)).toEqual(['09', '03', '2026']);
    await user.clear(boxes[0]!);
    await user.type(boxes[0]!, '31');
    // 31 March exists; the day box moved the focus on to the month after two digits.
    expect(seen.at(-1)).toBe('2026-03-31');
    expect(boxes[1]).toHaveFocus();
    await user.clear(boxes[1]!);
    await user.type(boxes[1]!, '02');
    expect(seen.at(-1)).toBe('31-02-2026');
    await user.clear(boxes[0]!);
    await user.clear(boxes[1]!);
    await user.clear(boxes[2]!);
    expect(seen.at(-1)).toBe('');
  });

  it('picks a day in the calendar, within its bounds', async () => {
    const { seen, user, boxes } = await renderHarness('2026-03-09');
    await user.click(screen.getByRole('button', { name: 'Vanaf: kies een dag in de kalender' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vanaf: kies een dag in de kalender' });
    const grid = within(dialog).getByRole('grid');
    // Dutch day names; days after the maximum cannot be chosen.
    expect(within(grid).getByRole('button', { name: /^maandag 2 maart 2026/ })).toBeInTheDocument();
    expect(within(grid).getByRole('button', { name: /21 maart 2026/ })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(grid).getByRole('button', { name: /12 maart 2026/ }));
    expect(seen.at(-1)).toBe('2026-03-12');
    expect(boxes.map((b) => b.value)).toEqual(['12', '03', '2026']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('datePartsValue', () => {
  it('is ISO only for a date that exists', () => {
    expect(datePartsValue({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
    expect(datePartsValue({ day: '29', month: '2', year: '2027' })).toBe('29-2-2027');
    expect(datePartsValue({ day: '', month: '', year: '' })).toBe('');
    expect(datePartsValue({ day: '1', month: '13', year: '2027' })).toBe('1-13-2027');
  });
});
