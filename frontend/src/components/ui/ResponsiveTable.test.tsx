import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Selection } from 'react-aria-components';
import { describe, expect, it } from 'vitest';
import { ResponsiveTable, type ResponsiveColumn } from './ResponsiveTable';

interface Person {
  id: string;
  name: string;
  number: number;
}

const people: Person[] = [
  { id: 'a', name: 'Linda Huisman', number: 7 },
  { id: 'b', name: 'Koen de Vries', number: 12 },
];

const columns: Array<ResponsiveColumn<Person>> = [
  { id: 'name', header: 'Naam', lead: true, cell: (p) => p.name },
  { id: 'number', header: 'Personeelsnr.', numeric: true, cell: (p) => p.number },
];

describe('ResponsiveTable', () => {
  it('has one row per item, named by its textValue, and labels every cell but the lead for the phone card', () => {
    render(<ResponsiveTable label="Werknemers" columns={columns} items={people} textValue={(p) => `${p.name}, nr. ${p.number}`} />);
    const grid = screen.getByRole('grid', { name: 'Werknemers' });
    const rows = within(grid).getAllByRole('row');
    // No header row among the rows: the drawn column headers are for the eye only.
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Linda Huisman, nr. 7', 'Koen de Vries, nr. 12']);
    const cells = rows[0]!.querySelectorAll('[data-column]');
    expect([...cells].map((c) => c.textContent)).toEqual(['Linda Huisman', 'Personeelsnr.7']);
    const head = grid.parentElement!.querySelector('[aria-hidden="true"]')!;
    expect(head.textContent).toBe('NaamPersoneelsnr.');
    // The column tracks follow the columns: defaults where none is given.
    expect(grid.parentElement!.getAttribute('style')).toContain('--rt-columns: minmax(min-content, 1fr) minmax(min-content, 1fr)');
  });

  it('toggles a row with the keyboard when rows are chosen', async () => {
    const user = userEvent.setup();
    const chosen: string[][] = [];
    function Picker() {
      const [keys, setKeys] = useState<Selection>(new Set());
      return (
        <ResponsiveTable
          label="Kiezen"
          columns={columns}
          items={people}
          textValue={(p) => p.name}
          selectedKeys={keys === 'all' ? people.map((p) => p.id) : keys}
          onSelectionChange={(next) => {
            chosen.push(next === 'all' ? ['all'] : [...next].map(String));
            setKeys(next);
          }}
        />
      );
    }
    render(<Picker />);
    await user.tab();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown} ');
    expect(chosen.at(-1)).toEqual(['a', 'b']);
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(2);
  });
});
