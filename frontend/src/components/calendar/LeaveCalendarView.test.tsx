import { render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { dutchMessages } from '../../i18n/catalogue';
import { AgendaList, MonthGrid } from './LeaveCalendarView';
import calendarMessages from './messages.nl.json';
import { agenda, isMonth, monthDays, shiftMonth, type CalendarPerson } from './model';

// As the server sends an employee's month (R32): their own leave with its type and a request,
// a colleague only as afwezig.
const people: CalendarPerson[] = [
  {
    key: 'per_jan',
    name: 'Jan Jansen',
    isSelf: true,
    days: [
      { date: '2026-12-07', status: 'LEAVE', leaveType: 'Wettelijk verlof', hours: 8 },
      { date: '2026-12-14', status: 'REQUESTED', leaveType: 'Bijzonder verlof', hours: 4 },
    ],
  },
  {
    key: 'per_linda',
    name: 'Linda Huisman',
    isSelf: false,
    days: [
      { date: '2026-12-07', status: 'ABSENT', leaveType: null, hours: null },
      { date: '2026-12-08', status: 'ABSENT', leaveType: null, hours: null },
    ],
  },
];

// The calendar's texts travel with the chunks that show it (i18n/catalogue.ts), not in the entry.
const inDutch = (ui: React.ReactNode) =>
  render(
    <IntlProvider locale="nl" messages={{ ...dutchMessages, ...calendarMessages }}>
      {ui}
    </IntlProvider>,
  );

describe('leave calendar model', () => {
  it('lists only the days someone is away, in date order, you first on a day', () => {
    expect(agenda(people).map((d) => [d.date, d.entries.map((e) => e.person.name)])).toEqual([
      ['2026-12-07', ['Jan Jansen', 'Linda Huisman']],
      ['2026-12-08', ['Linda Huisman']],
      ['2026-12-14', ['Jan Jansen']],
    ]);
  });
  it('counts the days of a month and moves between months', () => {
    expect(monthDays('2028-02-01', '2028-02-29')).toHaveLength(29);
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect([isMonth('2026-12'), isMonth('2026-13'), isMonth('1999-01'), isMonth(null)]).toEqual([true, false, false, false]);
  });
});

describe('AgendaList (phone)', () => {
  it('shows per day who is away: a colleague as Afwezig, your own leave with its type and your request as aangevraagd', () => {
    inDutch(<AgendaList people={people} />);
    const list = screen.getByRole('list', { name: 'Afwezig per dag' });
    const days = within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(days).toEqual(['maandag 7 december', 'dinsdag 8 december', 'maandag 14 december']);
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('Jan Jansen (jij)Wettelijk verlof · 8 uur');
    expect(first).toHaveTextContent('Linda HuismanAfwezig');
    expect(list).toHaveTextContent('Bijzonder verlof (aangevraagd) · 4 uur');
    // Nothing but "Afwezig" for the colleague.
    const linda = within(list).getAllByText('Linda Huisman');
    for (const name of linda) expect(name.parentElement).toHaveTextContent(/^Linda HuismanAfwezig$/);
  });

  it('says so when nobody is away', () => {
    inDutch(<AgendaList people={[]} />);
    expect(screen.getByText('Niemand is deze maand afwezig.')).toBeInTheDocument();
  });
});

describe('MonthGrid (desktop)', () => {
  it('has a row per person and a column per day, each away day named for screen readers', () => {
    inDutch(<MonthGrid people={people} firstDay="2026-12-01" lastDay="2026-12-31" />);
    const table = screen.getByRole('table', { name: 'Afwezigheid in december 2026' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(32);
    const linda = within(table).getByRole('row', { name: /Linda Huisman/ });
    const cells = within(linda).getAllByRole('cell');
    expect(cells[6]).toHaveTextContent('Afwezig');
    expect(cells[7]).toHaveTextContent('Afwezig');
    expect(linda).not.toHaveTextContent('verlof');
    const jan = within(table).getByRole('row', { name: /Jan Jansen \(jij\)/ });
    expect(within(jan).getAllByRole('cell')[6]).toHaveTextContent('Wettelijk verlof');
    expect(within(jan).getAllByRole('cell')[13]).toHaveTextContent('Bijzonder verlof (aangevraagd)');
    expect(screen.getByRole('region', { name: /Maandoverzicht/ })).toHaveAttribute('tabindex', '0');
  });
});
