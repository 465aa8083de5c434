import { useIntl } from 'react-intl';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import type { AccessStatus, ServiceFilter } from '../../gql/graphql';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import { ACCESS_STATUSES, isFiltered, type ListState } from './listState';
import filters from './EmploymentFilters.module.css';

type ServiceChoice = 'ALL' | ServiceFilter;

export interface EmploymentFiltersProps {
  state: ListState;
  onServiceChange: (service: ServiceFilter | null) => void;
  onStatusesChange: (statuses: AccessStatus[]) => void;
  onClear: () => void;
}

/** Filters of the employments list: in/out of service (Select) and access status (checkboxes). */
export function EmploymentFilters({ state, onServiceChange, onStatusesChange, onClear }: EmploymentFiltersProps) {
  const intl = useIntl();
  return (
    <div className={filters.bar}>
      <div className={filters.service}>
        <SelectField<ServiceChoice>
          label={intl.formatMessage({ id: 'persons.filter.service' })}
          value={state.service ?? 'ALL'}
          onChange={(value) => onServiceChange(value === 'ALL' ? null : value)}
          options={[
            { id: 'ALL', label: intl.formatMessage({ id: 'persons.filter.service.ALL' }) },
            { id: 'IN_SERVICE', label: intl.formatMessage({ id: 'persons.filter.service.IN_SERVICE' }) },
            { id: 'OUT_OF_SERVICE', label: intl.formatMessage({ id: 'persons.filter.service.OUT_OF_SERVICE' }) },
          ]}
        />
      </div>
      <CheckboxGroup
        className={`${styles.choiceGroup} ${filters.statuses}`}
        value={state.statuses}
        onChange={(values) => onStatusesChange(values as AccessStatus[])}
      >
        <Label className={styles.label}>{intl.formatMessage({ id: 'persons.filter.status' })}</Label>
        <div className={styles.choices}>
          {ACCESS_STATUSES.map((status) => (
            <Checkbox key={status} value={status} className={styles.choice}>
              {({ isSelected }) => (
                <>
                  <span className={styles.box} aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {intl.formatMessage({ id: `access.status.${status}` })}
                </>
              )}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {isFiltered({ ...state, search: '' }) && (
        <div className={filters.clear}>
          <button type="button" className={styles.buttonGhost} onClick={onClear}>
            {intl.formatMessage({ id: 'persons.filter.clear' })}
          </button>
        </div>
      )}
    </div>
  );
}
