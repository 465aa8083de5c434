import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import { readFragment } from '../../gql';
import type { PersonalDataField, PersonalDataFieldMode } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { useRights } from '../auth';
import { personPath, useEmployer } from '../employers';
import { FIELD_LABEL, FIELDS, MODE_LABEL, MODES, OldNew } from './labels';
import {
  dataChangeQueueQuery,
  dataSettingsQuery,
  decideDataChangeMutation,
  setDataSettingMutation,
  staffDataChangeFragment,
} from './personalDataAdmin.graphql';
import { PERSONAL_DATA_EDIT } from './product';
import ui from '../../components/ui/ui.module.css';
import css from './PersonalDataChanges.module.css';

/**
 * /beheer/werkgevers/:id/persoonsgegevens (R37): the changes employees asked for that the handler may
 * decide on their route (HANDLE_REQUESTS, R34) — old and new side by side, the date it takes effect,
 * approve or reject with a comment — and per field whether employees see it and may ask to change it
 * (MANAGE_HR_SETTINGS).
 */
export default function PersonalDataChangesPage() {
  const intl = useIntl();
  const rights = useRights();
  const employer = useEmployer();
  useDocumentTitle('personalDataAdmin.title');
  const active = (employer.activeProducts ?? []).some((p) => p.code === PERSONAL_DATA_EDIT);
  return (
    <div className={ui.page}>
      <header className={ui.pageHeader}>
        <h1 className={ui.title}>{intl.formatMessage({ id: 'personalDataAdmin.title' })}</h1>
        <p className={ui.subtitle}>{intl.formatMessage({ id: 'personalDataAdmin.intro' }, { employer: employer.name })}</p>
      </header>
      {!active && <Notice>{intl.formatMessage({ id: 'personalDataAdmin.inactive' })}</Notice>}
      {rights.has('HANDLE_REQUESTS') && <Queue />}
      {rights.has('MANAGE_HR_SETTINGS') && <Settings active={active} />}
    </div>
  );
}

function Queue() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  const id = useId();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: dataChangeQueueQuery,
    variables: { employerId: employer.id },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: deciding }, decide] = useMutation(decideDataChangeMutation);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = (data?.personalDataChangeQueue ?? []).map((c) => readFragment(staffDataChangeFragment, c));

  const act = async (changeId: string, accept: boolean, name: string) => {
    setFailure(null);
    setDone(null);
    const result = await decide({ input: { id: changeId, accept, comment: comments[changeId] ?? '' } });
    const failed = messageIdForMutationFailure({ error: result.error, userErrors: result.data?.decidePersonalDataChange.userErrors });
    if (failed) setFailure(failed);
    else setDone(intl.formatMessage({ id: accept ? 'personalDataAdmin.approved' : 'personalDataAdmin.rejected' }, { name }));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section className={ui.card} aria-labelledby={`${id}-queue`}>
      <h2 id={`${id}-queue`} className={ui.cardTitle}>
        {intl.formatMessage({ id: 'personalDataAdmin.queue' })}
      </h2>
      {!data && fetching && <PageStatus />}
      {error && <Alert messageId={messageIdForCombinedError(error)} />}
      <Alert messageId={failure} takeFocus />
      {done && <Notice tone="success">{done}</Notice>}
      {data && items.length === 0 && <p className={ui.muted}>{intl.formatMessage({ id: 'personalDataAdmin.queue.none' })}</p>}
      {items.length > 0 && (
        <ul className={css.items}>
          {items.map((c) => {
            const field = intl.formatMessage({ id: FIELD_LABEL[c.field] });
            return (
              <li key={c.id} className={css.item} aria-label={`${c.personName} — ${field}`}>
                <h3 className={css.who}>
                  <Link to={personPath(employer.id, c.personId)}>{c.personName}</Link>
                  <span>{field}</span>
                </h3>
                <OldNew field={c.field} old={c.old} next={c.new} />
                <p className={ui.muted}>
                  {intl.formatMessage({ id: 'personalDataAdmin.requestedOn' }, { date: format.moment(c.createdAt) })} ·{' '}
                  {c.effectiveDate
                    ? intl.formatMessage({ id: 'personalDataAdmin.effectiveOn' }, { date: format.day(c.effectiveDate) })
                    : intl.formatMessage({ id: 'personalDataAdmin.effectiveWhenApproved' })}
                </p>
                <TextInputField
                  label={intl.formatMessage({ id: 'personalDataAdmin.comment' }, { name: c.personName })}
                  value={comments[c.id] ?? ''}
                  maxLength={500}
                  onChange={(v) => setComments((all) => ({ ...all, [c.id]: v }))}
                />
                <div className={ui.row}>
                  <BusyButton
                    className={ui.button}
                    isBusy={deciding}
                    busyLabel={intl.formatMessage({ id: 'personalDataAdmin.deciding' })}
                    onClick={() => void act(c.id, true, c.personName)}
                  >
                    {intl.formatMessage({ id: 'personalDataAdmin.approve' })}
                  </BusyButton>
                  <BusyButton
                    className={ui.buttonDanger}
                    isBusy={deciding}
                    busyLabel={intl.formatMessage({ id: 'personalDataAdmin.deciding' })}
                    onClick={() => void act(c.id, false, c.personName)}
                  >
                    {intl.formatMessage({ id: 'personalDataAdmin.reject' })}
                  </BusyButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Settings({ active }: { active: boolean }) {
  const intl = useIntl();
  const employer = useEmployer();
  const id = useId();
  const [{ data, error, fetching }, refetch] = useQuery({ query: dataSettingsQuery, variables: { employerId: employer.id } });
  const [, save] = useMutation(setDataSettingMutation);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const modes = new Map((data?.personalDataSettings ?? []).map((s) => [s.field, s.mode]));

  const change = async (field: PersonalDataField, mode: PersonalDataFieldMode) => {
    setFailure(null);
    setSaved(null);
    const result = await save({ input: { employerId: employer.id, field, mode } });
    const failed = messageIdForMutationFailure({ error: result.error, userErrors: result.data?.setPersonalDataSetting.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    // The settings have no ID of their own, so the cache cannot merge the answer: ask again.
    refetch({ requestPolicy: 'network-only' });
    setSaved(
      intl.formatMessage(
        { id: 'personalDataAdmin.settings.saved' },
        { field: intl.formatMessage({ id: FIELD_LABEL[field] }), mode: intl.formatMessage({ id: MODE_LABEL[mode] }) },
      ),
    );
  };

  return (
    <section className={ui.card} aria-labelledby={`${id}-settings`}>
      <h2 id={`${id}-settings`} className={ui.cardTitle}>
        {intl.formatMessage({ id: 'personalDataAdmin.settings' })}
      </h2>
      <p className={ui.muted}>{intl.formatMessage({ id: 'personalDataAdmin.settings.intro' })}</p>
      {!data && fetching && <PageStatus />}
      {error && <Alert messageId={messageIdForCombinedError(error)} />}
      <Alert messageId={failure} takeFocus />
      {saved && <Notice tone="success">{saved}</Notice>}
      {data && (
        <div className={css.settings}>
          {FIELDS.map((field) => (
            <RadioGroup
              key={field}
              className={ui.choiceGroup}
              value={modes.get(field) ?? 'REQUEST'}
              isDisabled={!active}
              onChange={(value) => void change(field, value as PersonalDataFieldMode)}
              orientation="horizontal"
            >
              <Label className={ui.label}>{intl.formatMessage({ id: FIELD_LABEL[field] })}</Label>
              <div className={ui.choices}>
                {MODES.map((mode) => (
                  <Radio key={mode} value={mode} className={ui.choice}>
                    <span className={ui.radioDot} aria-hidden="true" />
                    {intl.formatMessage({ id: MODE_LABEL[mode] })}
                  </Radio>
                ))}
              </div>
            </RadioGroup>
          ))}
        </div>
      )}
    </section>
  );
}
