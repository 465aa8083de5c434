import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import type { MessageId } from '../../i18n/catalogue';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { SearchInput } from '../../components/ui/SearchInput';
import styles from '../../components/ui/ui.module.css';
import {
  EmploymentFilters,
  EmploymentList,
  employmentRows,
  employmentsQuery,
  EMPTY_LIST_STATE,
  type ListState,
  listStateToParams,
  nextPage,
  parseListState,
  type PersonPick,
  previousPage,
  toFilter,
  toPageVariables,
  useEmployer,
  withService,
  withStatuses,
} from '../employers';
import type { Collective, CollectiveResult, CollectiveSelection } from './useCollective';
import wizard from './CollectiveWizard.module.css';

type Mode = 'filter' | 'pick';

const PAGE_SIZE = 25;

/** How the wizard's first step reads the address: filter + search, and ?keuze=kiezen for picking persons. */
export function useSelection() {
  const [params, setParams] = useSearchParams();
  const state = parseListState(params);
  const mode: Mode = params.get('keuze') === 'kiezen' ? 'pick' : 'filter';
  return { params, setParams, state, mode };
}

/** The collective input for the selection: picked persons, or filter + search ({} = everyone). */
export function selectionInput(mode: Mode, state: ListState, picked: ReadonlyMap<string, PersonPick>): CollectiveSelection {
  if (mode === 'pick') return { personIds: [...picked.keys()] };
  const search = state.search.trim();
  return { filter: toFilter(state) ?? {}, ...(search ? { search } : {}) };
}

/**
 * Step 1, who: everyone matching the filters and the search, or persons picked from the list; then
 * the dry run, which `onPreviewed` receives.
 */
export function SelectStep({
  search,
  setSearch,
  picked,
  setPicked,
  preview,
  onPreviewed,
}: {
  /** The search field's text (useSearchParamState, kept by the wizard through every step). */
  search: string;
  setSearch: (value: string) => void;
  picked: Map<string, PersonPick>;
  setPicked: (picked: Map<string, PersonPick>) => void;
  preview: Collective['preview'];
  onPreviewed: (result: CollectiveResult, selection: CollectiveSelection) => void;
}) {
  const intl = useIntl();
  const employer = useEmployer();
  const { params, setParams, state, mode } = useSelection();
  const [previewBusy, setPreviewBusy] = useState(false);
  const [previewError, setPreviewError] = useState<MessageId | null>(null);

  const [matches] = useQuery({
    query: employmentsQuery,
    variables: { employerId: employer.id, ...toPageVariables(state, mode === 'pick' ? PAGE_SIZE : 1) },
  });
  const connection = matches.data?.employer?.employments;
  const rows = employmentRows(connection);

  const go = (next: ListState) => setParams(listStateToParams(next, params));
  const setMode = (next: Mode) => {
    const p = listStateToParams({ ...state, page: 1, after: null, before: null }, params);
    if (next === 'pick') p.set('keuze', 'kiezen');
    else p.delete('keuze');
    setParams(p, { replace: true });
  };

  const startPreview = async () => {
    const selection = selectionInput(mode, state, picked);
    setPreviewBusy(true);
    setPreviewError(null);
    try {
      const outcome = await preview(selection);
      if (outcome.result) onPreviewed(outcome.result, selection);
      else setPreviewError(outcome.error ?? 'error.generic');
    } finally {
      setPreviewBusy(false);
    }
  };

  const pageCount = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;
  const href = (next: ListState) => `?${listStateToParams(next, params).toString()}`;

  return (
    <>
      <RadioGroup className={styles.choiceGroup} value={mode} onChange={(value) => setMode(value as Mode)}>
        <Label className={styles.label}>{intl.formatMessage({ id: 'collective.mode.label' })}</Label>
        <div className={styles.choices}>
          <Radio value="filter" className={styles.choice}>
            <span className={styles.radioDot} aria-hidden="true" />
            {intl.formatMessage({ id: 'collective.mode.filter' })}
          </Radio>
          <Radio value="pick" className={styles.choice}>
            <span className={styles.radioDot} aria-hidden="true" />
            {intl.formatMessage({ id: 'collective.mode.pick' })}
          </Radio>
        </div>
      </RadioGroup>
      <SearchInput
        label={intl.formatMessage({ id: 'persons.search.label' })}
        description={intl.formatMessage({ id: 'persons.search.description' })}
        value={search}
        onChange={setSearch}
      />
      <EmploymentFilters
        state={state}
        onServiceChange={(service) => go(withService(state, service))}
        onStatusesChange={(statuses) => go(withStatuses(state, statuses))}
        onClear={() => go({ ...EMPTY_LIST_STATE, search: state.search })}
      />
      {mode === 'filter' ? (
        <p role="status" className={wizard.count}>
          {connection ? intl.formatMessage({ id: 'collective.filter.count' }, { count: connection.totalCount }) : '\u00a0'}
        </p>
      ) : (
        <div className={styles.stack}>
          <div className={styles.spread}>
            <p role="status" className={wizard.count}>
              {intl.formatMessage({ id: 'collective.pick.count' }, { count: picked.size })}
            </p>
            <div className={styles.row}>
              {rows.length > 0 && (
                <button
                  type="button"
                  className={styles.buttonGhost}
                  onClick={() => {
                    const next = new Map(picked);
                    for (const row of rows) {
                      next.set(row.person.id, { personId: row.person.id, fullName: row.person.fullName, employeeNumber: row.employeeNumber });
                    }
                    setPicked(next);
                  }}
                >
                  {intl.formatMessage({ id: 'collective.pick.page' })}
                </button>
              )}
              {picked.size > 0 && (
                <button type="button" className={styles.buttonGhost} onClick={() => setPicked(new Map())}>
                  {intl.formatMessage({ id: 'collective.pick.clear' })}
                </button>
              )}
            </div>
          </div>
          {connection && rows.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'persons.list.noMatchTitle' })}>
              <p>{intl.formatMessage({ id: 'persons.list.noMatchBody' })}</p>
            </EmptyState>
          ) : (
            <EmploymentList
              rows={rows}
              employerId={employer.id}
              label={intl.formatMessage({ id: 'collective.pick.listLabel' })}
              picked={picked}
              onPickedChange={setPicked}
            />
          )}
          {connection && connection.totalCount > PAGE_SIZE && (
            <Pager
              page={state.page}
              pageSize={PAGE_SIZE}
              totalCount={connection.totalCount}
              previousHref={state.page > 1 && connection.pageInfo.startCursor ? href(previousPage(state, connection.pageInfo.startCursor)) : null}
              nextHref={state.page < pageCount && connection.pageInfo.endCursor ? href(nextPage(state, connection.pageInfo.endCursor)) : null}
              summary={intl.formatMessage({ id: 'persons.list.count' }, { count: connection.totalCount })}
            />
          )}
        </div>
      )}
      {previewError && <Notice tone="error">{intl.formatMessage({ id: previewError })}</Notice>}
      <div className={styles.row}>
        <BusyButton
          className={styles.button}
          isBusy={previewBusy}
          busyLabel={intl.formatMessage({ id: 'collective.preview.busy' })}
          onClick={() => {
            if (mode === 'pick' && picked.size === 0) setPreviewError('collective.pick.none');
            else void startPreview();
          }}
        >
          {intl.formatMessage({ id: 'collective.preview.button' })}
        </BusyButton>
      </div>
    </>
  );
}

export function SelectionSummary({ mode, state, picked }: { mode: Mode; state: ListState; picked: number }) {
  const intl = useIntl();
  if (mode === 'pick') return <>{intl.formatMessage({ id: 'collective.summary.picked' }, { count: picked })}</>;
  const parts = [intl.formatMessage({ id: 'collective.summary.all' })];
  if (state.service) parts.push(intl.formatMessage({ id: `persons.filter.service.${state.service}` }));
  if (state.statuses.length) {
    parts.push(state.statuses.map((s) => intl.formatMessage({ id: `access.status.${s}` })).join(', '));
  }
  if (state.search.trim()) parts.push(intl.formatMessage({ id: 'collective.summary.search' }, { search: state.search.trim() }));
  return <>{parts.join(' · ')}</>;
}
