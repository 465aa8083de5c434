import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { ListBox, ListBoxItem, type Key } from 'react-aria-components';
import { useQuery } from 'urql';
import { CloseIcon } from '../../components/ui/icons';
import { SearchInput } from '../../components/ui/SearchInput';
import styles from '../../components/ui/ui.module.css';
import { useDebouncedValue } from '../../components/ui/useDebouncedValue';
import { employmentRows, employmentsQuery } from '../employers';
import { auditPersonQuery } from './audit.graphql';

export interface PersonFilterProps {
  employerId: string;
  personId: string | null;
  onChange: (personId: string | null) => void;
}

/**
 * Filter the trail on one person: a search field over the employer's employments with the matches
 * listed as you type (a React Aria ListBox); once chosen, the person shows as a removable filter.
 */
export function PersonFilter({ employerId, personId, onChange }: PersonFilterProps) {
  const intl = useIntl();
  const [input, setInput] = useState('');
  const term = useDebouncedValue(input).trim();
  const [chosen] = useQuery({ query: auditPersonQuery, variables: { id: personId ?? '' }, pause: !personId });
  const [found] = useQuery({
    query: employmentsQuery,
    variables: { employerId, search: term, first: 10 },
    pause: !!personId || term === '',
  });
  const options = useMemo(() => {
    const seen = new Map<string, { id: string; name: string; number: number }>();
    for (const row of employmentRows(found.data?.employer?.employments)) {
      if (!seen.has(row.person.id)) seen.set(row.person.id, { id: row.person.id, name: row.person.fullName, number: row.employeeNumber });
    }
    return [...seen.values()];
  }, [found.data]);

  if (personId) {
    const node = chosen.data?.node;
    const name = node?.__typename === 'Person' ? node.fullName : '…';
    return (
      <div className={styles.field}>
        <span className={styles.label}>{intl.formatMessage({ id: 'audit.filter.person' })}</span>
        <span className={styles.row}>
          <span className={`${styles.badge} ${styles.badgeInfo}`}>{name}</span>
          <button
            type="button"
            className={styles.buttonGhost}
            onClick={() => {
              setInput('');
              onChange(null);
            }}
          >
            <CloseIcon />
            {intl.formatMessage({ id: 'audit.filter.personClear' })}
          </button>
        </span>
      </div>
    );
  }

  // Inline results (no popover): works the same with a phone's on-screen keyboard.
  return (
    <div className={styles.field}>
      <SearchInput
        label={intl.formatMessage({ id: 'audit.filter.person' })}
        description={intl.formatMessage({ id: 'audit.filter.personDescription' })}
        placeholder={intl.formatMessage({ id: 'audit.filter.personPlaceholder' })}
        value={input}
        onChange={setInput}
      />
      {term !== '' && (
        <ListBox
          className={styles.list}
          aria-label={intl.formatMessage({ id: 'audit.filter.personResults' })}
          items={options}
          onAction={(key: Key) => onChange(String(key))}
          renderEmptyState={() => (
            <p className={`${styles.muted} ${styles.small}`} style={{ margin: 0, padding: '0.5rem 0.75rem' }}>
              {intl.formatMessage({ id: found.fetching ? 'audit.filter.personSearching' : 'audit.filter.personNone' })}
            </p>
          )}
        >
          {(option: { id: string; name: string; number: number }) => (
            <ListBoxItem id={option.id} className={styles.listItem} textValue={option.name}>
              <span className={styles.listTitle}>{option.name}</span>
              <span className={`${styles.muted} ${styles.small}`}>
                {intl.formatMessage({ id: 'persons.employeeNumber' }, { number: option.number })}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      )}
    </div>
  );
}
