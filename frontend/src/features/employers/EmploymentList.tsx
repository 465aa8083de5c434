import { useIntl } from 'react-intl';
import type { Selection } from 'react-aria-components';
import { useLocation } from 'react-router';
import { AccessStatusBadge } from '../access';
import { useFormat } from '../../components/ui/format';
import { CellSub, ResponsiveTable, type ResponsiveColumn } from '../../components/ui/ResponsiveTable';
import styles from '../../components/ui/ui.module.css';
import { employerPath } from './EmployerContext';
import type { EmploymentRow } from './employments';

export interface PersonPick {
  personId: string;
  fullName: string;
  employeeNumber: number;
}

export interface EmploymentListProps {
  rows: EmploymentRow[];
  label: string;
  employerId: string;
  /** Pick persons instead of opening them (collective mutations): selected persons by ID. */
  picked?: ReadonlyMap<string, PersonPick>;
  onPickedChange?: (picked: Map<string, PersonPick>) => void;
}

/** /beheer/werkgevers/:id/werknemers/:personId */
export function personPath(employerId: string, personId: string): string {
  return employerPath(employerId, `werknemers/${encodeURIComponent(personId)}`);
}

/**
 * Persons picked after a change of the GridList selection on one page: a person with two
 * employments has two rows; a click on either row (de)selects the person.
 */
export function nextPicked(
  rows: EmploymentRow[],
  previous: ReadonlyMap<string, PersonPick>,
  selection: Selection,
): Map<string, PersonPick> {
  const next = new Map(previous);
  const byPerson = new Map<string, EmploymentRow[]>();
  for (const row of rows) byPerson.set(row.person.id, [...(byPerson.get(row.person.id) ?? []), row]);
  for (const [personId, personRows] of byPerson) {
    const inSelection = personRows.map((row) => selection === 'all' || selection.has(row.id));
    const wasPicked = previous.has(personId);
    const pickedNow = wasPicked ? inSelection.every(Boolean) : inSelection.some(Boolean);
    if (pickedNow && !wasPicked) {
      const first = personRows[0]!;
      next.set(personId, { personId, fullName: first.person.fullName, employeeNumber: first.employeeNumber });
    } else if (!pickedNow && wasPicked) {
      next.delete(personId);
    }
  }
  return next;
}

/**
 * The employments (dienstverbanden) as the staff pages' ResponsiveTable (cards on a phone): each
 * row opens the person (R16), or, with `picked`, has a checkbox to choose the person for a
 * collective mutation.
 */
export function EmploymentList({ rows, label, employerId, picked, onPickedChange }: EmploymentListProps) {
  const intl = useIntl();
  const format = useFormat();
  const location = useLocation();
  const picking = picked !== undefined;
  const from = location.pathname + location.search;
  const selectedKeys = picking ? new Set(rows.filter((row) => picked.has(row.person.id)).map((row) => row.id)) : undefined;

  const columns: Array<ResponsiveColumn<EmploymentRow>> = [
    {
      id: 'name',
      header: intl.formatMessage({ id: 'persons.column.name' }),
      lead: true,
      width: 'minmax(min-content, 2fr)',
      cell: (row) => (
        <>
          <span>{row.person.fullName}</span>
          {row.jobTitle && <CellSub>{row.jobTitle}</CellSub>}
        </>
      ),
    },
    {
      id: 'number',
      header: intl.formatMessage({ id: 'persons.column.number' }),
      numeric: true,
      width: 'min-content',
      cell: (row) => row.employeeNumber,
    },
    {
      id: 'email',
      header: intl.formatMessage({ id: 'persons.column.email' }),
      width: 'minmax(min-content, 2fr)',
      cell: (row) => row.person.email ?? <span className={styles.muted}>{intl.formatMessage({ id: 'persons.noEmail' })}</span>,
    },
    {
      id: 'access',
      header: intl.formatMessage({ id: 'persons.column.access' }),
      width: 'max-content',
      cell: (row) => <AccessStatusBadge status={row.person.account?.status} />,
    },
    {
      id: 'service',
      header: intl.formatMessage({ id: 'persons.column.service' }),
      width: 'minmax(min-content, 1fr)',
      cell: (row) =>
        row.inService
          ? row.endDate
            ? intl.formatMessage({ id: 'persons.service.leaving' }, { date: format.dayShort(row.endDate) })
            : intl.formatMessage({ id: 'persons.service.in' })
          : intl.formatMessage({ id: 'persons.service.out' }, { date: row.endDate ? format.dayShort(row.endDate) : '' }),
    },
  ];

  return (
    <ResponsiveTable
      label={label}
      columns={columns}
      items={rows}
      textValue={(row) => `${row.person.fullName}, ${intl.formatMessage({ id: 'persons.employeeNumber' }, { number: row.employeeNumber })}`}
      // The rows' links carry where they were opened from: re-render them when that changes.
      dependencies={[from]}
      {...(picking
        ? {
            selectedKeys,
            onSelectionChange: (selection: Selection) => onPickedChange?.(nextPicked(rows, picked, selection)),
          }
        : { href: (row: EmploymentRow) => personPath(employerId, row.person.id), routerOptions: () => ({ state: { from } }) })}
    />
  );
}
