import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Checkbox, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Notice } from '../../components/ui/Notice';
import { SelectField } from '../../components/ui/SelectField';
import type { LeaveAccrual, LeaveCategory, LiberationDay } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { useRights } from '../auth';
import { employerPath, useEmployer } from '../employers';
import {
  createLeaveTypeMutation,
  leaveSchemeQuery,
  setLeaveExpiryReminderMutation,
  setLeaveHolidaysMutation,
  updateLeaveTypeMutation,
} from './leaveScheme.graphql';
import { parseWhole } from './hours';
import {
  ACCRUALS,
  CATEGORIES,
  categoryDefaults,
  createInput,
  draftOf,
  draftProblems,
  expiryDate,
  fieldOf,
  newDraft,
  updateInput,
  type DraftField,
  type LeaveTypeData,
  type TypeDraft,
} from './leaveType';
import { leaveProducts } from './products';
import page from './LeaveSchemePage.module.css';

const LIBERATION: LiberationDay[] = ['NEVER', 'LUSTRUM', 'YEARLY'];
/** The reminder goes out before the expiry on 1 July (R33): January to June. */
const REMINDER_MONTHS = [1, 2, 3, 4, 5, 6];

/**
 * Verlofregeling (R28, R29, R33) of an employer, for staff with MANAGE_HR_SETTINGS: the leave types
 * with every setting the API takes (kind, vacation leave for the two-week rule of R31, yearly
 * entitlement in weeks of the work pattern, accrual per year or month, expiry, requestable, negative
 * balance), the public holidays the employer gives off (Good Friday, Liberation Day) and the day of the
 * yearly mail about statutory hours that expire on 1 July. The scheme exists once Verlofregeling or
 * Verlofregistratie was activated; without either the page says so.
 */
export default function LeaveSchemePage() {
  const intl = useIntl();
  const employer = useEmployer();
  const rights = useRights();
  useDocumentTitle('leaveScheme.title');
  const products = leaveProducts(employer);
  const allowed = rights.has('MANAGE_HR_SETTINGS') && products.scheme;
  const [result, refetch] = useQuery({
    query: leaveSchemeQuery,
    variables: { employerId: employer.id },
    requestPolicy: 'cache-and-network',
    pause: !allowed,
  });
  const scheme = result.data?.leaveScheme;

  let body: ReactNode;
  if (!rights.has('MANAGE_HR_SETTINGS')) {
    body = <Notice>{intl.formatMessage({ id: 'leaveScheme.noRight' })}</Notice>;
  } else if (!products.scheme) {
    body = (
      <Notice>
        {intl.formatMessage({ id: 'leaveScheme.inactive' })}{' '}
        <Link to={employerPath(employer.id, 'producten')}>{intl.formatMessage({ id: 'leaveScheme.toProducts' })}</Link>
      </Notice>
    );
  } else if (!result.data) {
    body = result.error ? <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice> : <PageStatus />;
  } else if (!scheme) {
    body = <Notice>{intl.formatMessage({ id: 'error.LEAVE_SCHEME_NOT_ACTIVE' })}</Notice>;
  } else {
    body = (
      <>
        {!products.policy && <Notice>{intl.formatMessage({ id: 'leaveScheme.registrationOnly' })}</Notice>}
        <LeaveTypes types={scheme.leaveTypes} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
        <Holidays goodFridayOff={scheme.goodFridayOff} liberationDay={scheme.liberationDay} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
        <Reminder month={scheme.expiryReminderMonth} day={scheme.expiryReminderDay} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'leaveScheme.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'leaveScheme.intro' }, { employer: employer.name })}</p>
      </header>
      {body}
    </div>
  );
}

/** A checkbox in the house style: the box, then the label. */
function Tick({ isSelected, onChange, children, describedBy }: { isSelected: boolean; onChange: (v: boolean) => void; children: ReactNode; describedBy?: string }) {
  return (
    <Checkbox className={styles.choice} isSelected={isSelected} onChange={onChange} {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
      {({ isSelected: on }) => (
        <>
          <span className={styles.box} aria-hidden="true">
            {on ? '✓' : ''}
          </span>
          {children}
        </>
      )}
    </Checkbox>
  );
}

function LeaveTypes({ types, onSaved }: { types: readonly LeaveTypeData[]; onSaved: () => void }) {
  const intl = useIntl();
  const ids = useId();
  // The type being edited, 'new' for the form to add one, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();

  const describe = (t: LeaveTypeData): string[] => {
    const parts = [
      t.weeksPerYear > 0
        ? intl.formatMessage({ id: 'leaveScheme.type.entitlement' }, { weeks: t.weeksPerYear })
        : intl.formatMessage({ id: 'leaveScheme.type.noEntitlement' }),
      intl.formatMessage({ id: `leaveScheme.type.accrual.${t.accrual}` }),
      t.expiryMonths != null
        ? intl.formatMessage(
            { id: 'leaveScheme.type.expires' },
            {
              months: t.expiryMonths,
              year: thisYear,
              date: intl.formatDate(expiryDate(thisYear, t.expiryMonths), { day: 'numeric', month: 'long', year: 'numeric' }),
            },
          )
        : intl.formatMessage({ id: 'leaveScheme.type.neverExpires' }),
    ];
    if (t.vacation) parts.push(intl.formatMessage({ id: 'leaveScheme.type.vacation' }));
    parts.push(intl.formatMessage({ id: t.requestable ? 'leaveScheme.type.requestable' : 'leaveScheme.type.notRequestable' }));
    if (t.allowNegative) parts.push(intl.formatMessage({ id: 'leaveScheme.type.negative' }));
    return parts;
  };

  const done = (name: string, created: boolean) => {
    setEditing(null);
    setSaved(intl.formatMessage({ id: created ? 'leaveScheme.type.created' : 'leaveScheme.type.saved' }, { name }));
    onSaved();
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-types`}>
      <h2 id={`${ids}-types`} className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.types.title' })}
      </h2>
      <p className={styles.description} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.types.intro' })}
      </p>
      {saved && <Notice tone="success">{saved}</Notice>}
      <ul className={page.types} aria-label={intl.formatMessage({ id: 'leaveScheme.types.title' })}>
        {types.map((t) => (
          <li key={t.id} className={page.type} aria-label={t.name}>
            {editing === t.id ? (
              <TypeForm type={t} onCancel={() => setEditing(null)} onSaved={(name) => done(name, false)} />
            ) : (
              <>
                <div className={page.typeHead}>
                  <h3 className={page.typeName}>{t.name}</h3>
                  {/* The kind as a badge where the name does not already say it. */}
                  {intl.formatMessage({ id: `leaveScheme.category.${t.category}` }) !== t.name && (
                    <span className={styles.badgeNeutral}>{intl.formatMessage({ id: `leaveScheme.category.${t.category}` })}</span>
                  )}
                </div>
                <ul className={page.facts}>
                  {describe(t).map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
                <div>
                  <button
                    type="button"
                    className={styles.buttonSecondary}
                    aria-label={intl.formatMessage({ id: 'leaveScheme.type.editLabel' }, { name: t.name })}
                    onClick={() => {
                      setSaved(null);
                      setEditing(t.id);
                    }}
                  >
                    {intl.formatMessage({ id: 'leaveScheme.type.edit' })}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <div className={page.type}>
          <h3 className={page.typeName}>{intl.formatMessage({ id: 'leaveScheme.type.newTitle' })}</h3>
          <TypeForm hasStatutory={types.some((t) => t.category === 'STATUTORY')} onCancel={() => setEditing(null)} onSaved={(name) => done(name, true)} />
        </div>
      ) : (
        <div>
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {intl.formatMessage({ id: 'leaveScheme.type.add' })}
          </button>
        </div>
      )}
    </section>
  );
}

const PROBLEM_MESSAGES = {
  name: 'leaveScheme.problem.name',
  weeks: 'leaveScheme.problem.weeks',
  statutoryWeeks: 'leaveScheme.problem.statutoryWeeks',
  expiry: 'leaveScheme.problem.expiry',
  statutoryExpiry: 'leaveScheme.problem.statutoryExpiry',
  sortOrder: 'leaveScheme.problem.sortOrder',
} as const satisfies Record<string, MessageId>;

/** Creates a leave type (no `type`) or changes one; the kind of leave is fixed once made. */
function TypeForm({ type, hasStatutory = true, onCancel, onSaved }: { type?: LeaveTypeData; hasStatutory?: boolean; onCancel: () => void; onSaved: (name: string) => void }) {
  const intl = useIntl();
  const employer = useEmployer();
  const ids = useId();
  const [draft, setDraft] = useState<TypeDraft>(() => (type ? draftOf(type, intl.locale) : newDraft(intl.locale)));
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [created, create] = useMutation(createLeaveTypeMutation);
  const [updated, update] = useMutation(updateLeaveTypeMutation);
  const statutory = draft.category === 'STATUTORY';
  const set = (patch: Partial<TypeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // A field's message goes as soon as it is changed, not when it loses the focus: the form must not
  // shift under the pointer between pressing and releasing the save button.
  const edit = (field: DraftField, patch: Partial<TypeDraft>) => {
    setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([f]) => f !== field)) : e));
    set(patch);
  };
  // A second statutory type is refused (R28): offer the kind only where it can be chosen.
  const categories = CATEGORIES.filter((c) => type || c !== 'STATUTORY' || !hasStatutory);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const problems = draftProblems(draft);
    const found = Object.entries(problems) as Array<[DraftField, keyof typeof PROBLEM_MESSAGES]>;
    setErrors(Object.fromEntries(found.map(([f, p]) => [f, intl.formatMessage({ id: PROBLEM_MESSAGES[p] })])));
    if (found.length > 0) {
      setFailure('leaveScheme.problem.summary');
      return;
    }
    const res = type ? await update({ input: updateInput(type.id, draft) }) : await create({ input: createInput(employer.id, draft) });
    const payload = res.data && ('updateLeaveType' in res.data ? res.data.updateLeaveType : res.data.createLeaveType);
    const failed = messageIdForMutationFailure({ error: res.error, userErrors: payload?.userErrors });
    if (failed) {
      // A refusal that names a field is shown at the field as well.
      const first = payload?.userErrors[0];
      const field = fieldOf(first?.field);
      if (field && first) setErrors({ [field]: intl.formatMessage({ id: messageIdForUserErrorCode(first.code) }) });
      setFailure(failed);
      return;
    }
    onSaved(payload?.leaveType?.name ?? draft.name.trim());
  };

  return (
    <Form className={page.form} validationBehavior="aria" validationErrors={errors} onSubmit={(e) => void submit(e)}>
      <TextInputField name="name" label={intl.formatMessage({ id: 'leaveScheme.field.name' })} isRequired maxLength={60} value={draft.name} onChange={(name) => edit('name', { name })} />
      {type ? (
        <p className={styles.description} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'leaveScheme.field.categoryFixed' }, { category: intl.formatMessage({ id: `leaveScheme.category.${type.category}` }) })}
        </p>
      ) : (
        <SelectField<LeaveCategory>
          label={intl.formatMessage({ id: 'leaveScheme.field.category' })}
          options={categories.map((c) => ({ id: c, label: intl.formatMessage({ id: `leaveScheme.category.${c}` }) }))}
          value={draft.category}
          onChange={(category) => set({ category, ...categoryDefaults(category, intl.locale) })}
        />
      )}
      <TextInputField
        name="weeks"
        label={intl.formatMessage({ id: 'leaveScheme.field.weeks' })}
        description={intl.formatMessage({ id: statutory ? 'leaveScheme.field.weeksStatutory' : 'leaveScheme.field.weeksHint' })}
        inputMode="decimal"
        autoComplete="off"
        isReadOnly={statutory}
        value={draft.weeks}
        onChange={(weeks) => edit('weeks', { weeks })}
      />
      <RadioGroup className={styles.choiceGroup} value={draft.accrual} onChange={(v) => set({ accrual: v as LeaveAccrual })}>
        <Label className={styles.label}>{intl.formatMessage({ id: 'leaveScheme.field.accrual' })}</Label>
        <div className={styles.choices}>
          {ACCRUALS.map((a) => (
            <Radio key={a} value={a} className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: `leaveScheme.field.accrual.${a}` })}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <p className={styles.description} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.field.proRata' })}
      </p>
      <RadioGroup
        className={styles.choiceGroup}
        value={draft.expires ? 'months' : 'never'}
        onChange={(v) => set({ expires: v === 'months', ...(v === 'months' && draft.expiryMonths === '' ? { expiryMonths: statutory ? '6' : '12' } : {}) })}
      >
        <Label className={styles.label}>{intl.formatMessage({ id: 'leaveScheme.field.expiry' })}</Label>
        <div className={styles.choices}>
          {!statutory && (
            <Radio value="never" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'leaveScheme.field.expiry.never' })}
            </Radio>
          )}
          <Radio value="months" className={styles.choice}>
            <span className={styles.radioDot} aria-hidden="true" />
            {intl.formatMessage({ id: 'leaveScheme.field.expiry.months' })}
          </Radio>
        </div>
      </RadioGroup>
      {draft.expires && (
        <TextInputField
          name="expiryMonths"
          label={intl.formatMessage({ id: 'leaveScheme.field.expiryMonths' })}
          description={intl.formatMessage({ id: statutory ? 'leaveScheme.field.expiryStatutory' : 'leaveScheme.field.expiryHint' })}
          inputMode="numeric"
          autoComplete="off"
          value={draft.expiryMonths}
          onChange={(expiryMonths) => edit('expiryMonths', { expiryMonths })}
        />
      )}
      <fieldset className={page.fieldset}>
        <legend className={styles.label}>{intl.formatMessage({ id: 'leaveScheme.field.rules' })}</legend>
        <Tick isSelected={draft.vacation} onChange={(vacation) => set({ vacation })} describedBy={`${ids}-vacation`}>
          {intl.formatMessage({ id: 'leaveScheme.field.vacation' })}
        </Tick>
        <span id={`${ids}-vacation`} className={styles.description}>
          {intl.formatMessage({ id: 'leaveScheme.field.vacationHint' })}
        </span>
        <Tick isSelected={draft.requestable} onChange={(requestable) => set({ requestable })}>
          {intl.formatMessage({ id: 'leaveScheme.field.requestable' })}
        </Tick>
        <Tick isSelected={draft.allowNegative} onChange={(allowNegative) => set({ allowNegative })}>
          {intl.formatMessage({ id: 'leaveScheme.field.allowNegative' })}
        </Tick>
      </fieldset>
      <TextInputField
        name="sortOrder"
        label={intl.formatMessage({ id: 'leaveScheme.field.sortOrder' })}
        description={intl.formatMessage({ id: 'leaveScheme.field.sortOrderHint' })}
        inputMode="numeric"
        autoComplete="off"
        value={draft.sortOrder}
        onChange={(sortOrder) => edit('sortOrder', { sortOrder })}
      />
      <Alert messageId={failure} takeFocus />
      <div className={page.actions}>
        <BusyButton type="submit" className={styles.button} isBusy={created.fetching || updated.fetching} busyLabel={intl.formatMessage({ id: 'leaveScheme.saving' })}>
          {intl.formatMessage({ id: type ? 'leaveScheme.type.save' : 'leaveScheme.type.create' })}
        </BusyButton>
        <button type="button" className={styles.buttonSecondary} onClick={onCancel}>
          {intl.formatMessage({ id: 'leaveScheme.cancel' })}
        </button>
      </div>
    </Form>
  );
}

/** Good Friday and Liberation Day (R29); the other Dutch public holidays are always days off. */
function Holidays({ goodFridayOff, liberationDay, onSaved }: { goodFridayOff: boolean; liberationDay: LiberationDay; onSaved: () => void }) {
  const intl = useIntl();
  const employer = useEmployer();
  const ids = useId();
  const [friday, setFriday] = useState(goodFridayOff);
  const [liberation, setLiberation] = useState<LiberationDay>(liberationDay);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(setLeaveHolidaysMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const res = await save({ input: { employerId: employer.id, goodFridayOff: friday, liberationDay: liberation } });
    const failed = messageIdForMutationFailure({ error: res.error, userErrors: res.data?.setLeaveHolidays.userErrors });
    setFailure(failed);
    setSaved(!failed);
    if (!failed) onSaved();
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-holidays`}>
      <h2 id={`${ids}-holidays`} className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.holidays.title' })}
      </h2>
      <p className={styles.description} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.holidays.intro' })}
      </p>
      <form className={page.form} onSubmit={(e) => void submit(e)}>
        <Tick isSelected={friday} onChange={setFriday}>
          {intl.formatMessage({ id: 'leaveScheme.holidays.goodFriday' })}
        </Tick>
        <RadioGroup className={styles.choiceGroup} value={liberation} onChange={(v) => setLiberation(v as LiberationDay)}>
          <Label className={styles.label}>{intl.formatMessage({ id: 'leaveScheme.holidays.liberation' })}</Label>
          <div className={styles.choices}>
            {LIBERATION.map((l) => (
              <Radio key={l} value={l} className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: `leaveScheme.holidays.liberation.${l}` })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <Alert messageId={failure} takeFocus />
        {saved && <Notice tone="success">{intl.formatMessage({ id: 'leaveScheme.holidays.saved' })}</Notice>}
        <div className={page.actions}>
          <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'leaveScheme.saving' })}>
            {intl.formatMessage({ id: 'leaveScheme.holidays.save' })}
          </BusyButton>
        </div>
      </form>
    </section>
  );
}

/** The day of the yearly mail to employees whose statutory hours expire on 1 July (R33). */
function Reminder({ month, day, onSaved }: { month: number; day: number; onSaved: () => void }) {
  const intl = useIntl();
  const employer = useEmployer();
  const ids = useId();
  const [m, setM] = useState(String(month));
  const [d, setD] = useState(String(day));
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(setLeaveExpiryReminderMutation);
  const monthName = (n: number) => intl.formatDate(new Date(2000, n - 1, 1), { month: 'long' });
  const dayMonth = (mm: number, dd: number) => intl.formatMessage({ id: 'leaveScheme.reminder.dayMonth' }, { day: dd, month: monthName(mm) });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    const dd = parseWhole(d);
    if (dd === null || dd < 1 || dd > 31) {
      setError(intl.formatMessage({ id: 'leaveScheme.reminder.dayProblem' }));
      setFailure('leaveScheme.problem.summary');
      return;
    }
    setError(null);
    const res = await save({ input: { employerId: employer.id, month: Number(m), day: dd } });
    const payload = res.data?.setLeaveExpiryReminder;
    const failed = messageIdForMutationFailure({ error: res.error, userErrors: payload?.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    const stored = payload?.leaveScheme;
    if (stored) setSaved(intl.formatMessage({ id: 'leaveScheme.reminder.saved' }, { date: dayMonth(stored.expiryReminderMonth, stored.expiryReminderDay) }));
    onSaved();
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-reminder`}>
      <h2 id={`${ids}-reminder`} className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.reminder.title' })}
      </h2>
      <p className={styles.description} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveScheme.reminder.intro' }, { date: dayMonth(month, day) })}
      </p>
      <Form className={page.form} validationBehavior="aria" validationErrors={error ? { day: error } : {}} onSubmit={(e) => void submit(e)}>
        <div className={page.inline}>
          <TextInputField
            name="day"
            label={intl.formatMessage({ id: 'leaveScheme.reminder.day' })}
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            value={d}
            onChange={(value) => {
              setD(value);
              setError(null);
            }}
          />
          <SelectField
            label={intl.formatMessage({ id: 'leaveScheme.reminder.month' })}
            options={REMINDER_MONTHS.map((n) => ({ id: String(n), label: monthName(n) }))}
            value={m}
            onChange={setM}
          />
        </div>
        <Alert messageId={failure} takeFocus />
        {saved && <Notice tone="success">{saved}</Notice>}
        <div className={page.actions}>
          <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'leaveScheme.saving' })}>
            {intl.formatMessage({ id: 'leaveScheme.reminder.save' })}
          </BusyButton>
        </div>
      </Form>
    </section>
  );
}
