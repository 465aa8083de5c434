import type { ResultOf } from '@graphql-typed-document-node/core';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { TextInputField } from '../../../components/TextInputField';
import { DateInput } from '../../../components/ui/DateInput';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { readFragment } from '../../../gql';
import type { PreboardingDocumentSide, PreboardingItem, SavePreboardingInput } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { formatFileSize } from '../../../lib/format/fileSize';
import { groupIban } from '../../../lib/format/personalData';
import { normalBsn, normalIban } from '../../../lib/forms/identifiers';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { EMPLOYEE_ACCOUNT, EMPLOYEE_HOME, portalNoticeOf } from '../../employee-auth';
import { formatDay } from '../format';
import { PortalPage } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { myPreboardingFragment, myPreboardingQuery, savePreboardingMutation, submitPreboardingMutation, uploadPreboardingDocumentMutation } from './preboarding.graphql';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';
import page from './Preboarding.module.css';

type Preboarding = ResultOf<typeof myPreboardingFragment>;

/** The largest side of the ID document the server takes (server/preboarding MaxFileBytes). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
const EDITABLE = ['INVITED', 'IN_PROGRESS', 'RETURNED'];

/**
 * /werknemer/preboarding (R38): the new hire's checklist before the first working day — personal data,
 * address, BSN (eleven test), IBAN (mod 97), loonheffingskorting, emergency contact and the ID document
 * (a photo or PDF, front and back) — each part saved on its own as the new hire goes (save as you go),
 * then sent to the employer. A returned checklist shows the employer's remark at each part to correct.
 * Once sent it is read-only; once completed the home is the ordinary portal.
 */
export default function PreboardingPage() {
  return <PortalPage feature="PREBOARDING">{() => <Checklist />}</PortalPage>;
}

function Checklist() {
  const intl = useIntl();
  const location = useLocation();
  useDocumentTitle('employeePreboarding.title');
  const [{ data, fetching, error }] = useQuery({ query: myPreboardingQuery, requestPolicy: 'cache-and-network' });
  const notice = portalNoticeOf(location.state);
  const [sent, setSent] = useState(false);

  if (!data && fetching) return <PageStatus />;
  if (!data?.me) return <QueryFailure error={error} feature="PREBOARDING" />;
  const employer = data.me.employer.name;
  const pb = data.me.preboarding ? readFragment(myPreboardingFragment, data.me.preboarding) : null;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePreboarding.title' })}</h1>
        {pb && (
          <p className={styles.intro}>
            {intl.formatMessage(
              { id: pb.jobTitle ? 'employeePreboarding.intro.job' : 'employeePreboarding.intro' },
              { employer, day: formatDay(intl, pb.firstDay), job: pb.jobTitle },
            )}
          </p>
        )}
      </header>
      {notice === 'registered' && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeePreboarding.registered' })}
        </p>
      )}
      {!pb ? (
        <section className={styles.card}>
          <p className={styles.muted}>{intl.formatMessage({ id: 'employeePreboarding.none' })}</p>
          <Link to={EMPLOYEE_HOME}>{intl.formatMessage({ id: 'employeePreboarding.toPortal' })}</Link>
        </section>
      ) : (
        <Items pb={pb} employer={employer} sent={sent} onSent={() => setSent(true)} />
      )}
      <p className={styles.back}>
        <Link to={EMPLOYEE_ACCOUNT}>{intl.formatMessage({ id: 'employeePreboarding.account' })}</Link>
      </p>
    </div>
  );
}

function Items({ pb, employer, sent, onSent }: { pb: Preboarding; employer: string; sent: boolean; onSent: () => void }) {
  const editable = EDITABLE.includes(pb.state);
  const status = (item: PreboardingItem) => pb.items.find((i) => i.item === item) ?? { item, done: false, remark: '' };
  const section = (item: PreboardingItem, body: ReactNode) => (
    <Section key={item} item={item} done={status(item).done} remark={status(item).remark} employer={employer}>
      {body}
    </Section>
  );

  return (
    <>
      <StateNotice pb={pb} employer={employer} sent={sent} />
      {pb.state !== 'ENDED' && <Progress pb={pb} />}
      {pb.state !== 'ENDED' && pb.state !== 'COMPLETED' && (
        <>
          {section('PERSONAL', editable ? <PersonalForm pb={pb} /> : <Summary item="PERSONAL" pb={pb} />)}
          {section('ADDRESS', editable ? <AddressForm pb={pb} /> : <Summary item="ADDRESS" pb={pb} />)}
          {section('BSN', editable ? <BsnForm pb={pb} /> : <Summary item="BSN" pb={pb} />)}
          {section('IBAN', editable ? <IbanForm pb={pb} /> : <Summary item="IBAN" pb={pb} />)}
          {section('TAX_CREDIT', editable ? <TaxCreditForm pb={pb} /> : <Summary item="TAX_CREDIT" pb={pb} />)}
          {section('EMERGENCY_CONTACT', editable ? <EmergencyForm pb={pb} employer={employer} /> : <Summary item="EMERGENCY_CONTACT" pb={pb} />)}
          {section('ID_DOCUMENT', editable ? <IdDocument pb={pb} /> : <Summary item="ID_DOCUMENT" pb={pb} />)}
          {editable && <SubmitCard pb={pb} employer={employer} onSent={onSent} />}
        </>
      )}
    </>
  );
}

/** What the state means for the new hire. */
function StateNotice({ pb, employer, sent }: { pb: Preboarding; employer: string; sent: boolean }) {
  const intl = useIntl();
  switch (pb.state) {
    case 'RETURNED':
      return <p className={`${styles.notice} ${page.attention}`}>{intl.formatMessage({ id: 'employeePreboarding.state.RETURNED' }, { employer })}</p>;
    case 'SUBMITTED':
      return <SubmittedNotice employer={employer} sent={sent} />;
    case 'COMPLETED':
      return (
        <section className={styles.card} aria-labelledby="preboarding-completed">
          <h2 id="preboarding-completed" className={styles.cardTitle}>
            {intl.formatMessage({ id: 'employeePreboarding.completed.title' })}
          </h2>
          <p>{intl.formatMessage({ id: 'employeePreboarding.state.COMPLETED' }, { employer, day: formatDay(intl, pb.firstDay) })}</p>
          <Link to={EMPLOYEE_HOME} className={styles.button}>
            {intl.formatMessage({ id: 'employeePreboarding.toPortal' })}
          </Link>
        </section>
      );
    case 'ENDED':
      return <p className={styles.notice}>{intl.formatMessage({ id: 'employeePreboarding.state.ENDED' }, { employer })}</p>;
    default:
      return null;
  }
}

/** Sent: said at once, and the focus moves here from the button that is gone now (the page is read-only). */
function SubmittedNotice({ employer, sent }: { employer: string; sent: boolean }) {
  const intl = useIntl();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (sent) ref.current?.focus();
  }, [sent]);
  return (
    <p ref={ref} tabIndex={-1} role={sent ? 'status' : undefined} className={styles.saved}>
      {intl.formatMessage({ id: 'employeePreboarding.state.SUBMITTED' }, { employer })}
    </p>
  );
}

function Progress({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  const id = useId();
  const total = pb.items.length;
  return (
    <section className={`${styles.card} ${page.progress}`} aria-labelledby={id}>
      <h2 id={id} className={styles.subTitle}>
        {intl.formatMessage({ id: 'employeePreboarding.progress' }, { done: pb.done, total })}
      </h2>
      <progress className={page.bar} max={total} value={pb.done} aria-labelledby={id} />
      <ol className={page.steps}>
        {pb.items.map((it) => (
          <li key={it.item} data-done={it.done || undefined} data-remark={it.remark ? true : undefined}>
            <a href={`#preboarding-${it.item}`}>
              <span aria-hidden="true" className={page.mark}>
                {it.done && !it.remark ? '✓' : it.remark ? '!' : ''}
              </span>
              {intl.formatMessage({ id: `employeePreboarding.item.${it.item}` })}
              <span className={page.visuallyHidden}>
                {', '}
                {intl.formatMessage({ id: it.remark ? 'employeePreboarding.status.remark' : it.done ? 'employeePreboarding.status.done' : 'employeePreboarding.status.open' })}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Section({ item, done, remark, employer, children }: { item: PreboardingItem; done: boolean; remark: string; employer: string; children: ReactNode }) {
  const intl = useIntl();
  const titleId = `preboarding-${item}-title`;
  const state = remark ? 'remark' : done ? 'done' : 'open';
  return (
    <section id={`preboarding-${item}`} className={`${styles.card} ${page.section}`} aria-labelledby={titleId}>
      <div className={page.sectionHead}>
        <h2 id={titleId} className={styles.cardTitle}>
          {intl.formatMessage({ id: `employeePreboarding.item.${item}` })}
        </h2>
        <span className={page.chip} data-state={state}>
          {intl.formatMessage({ id: `employeePreboarding.status.${state}` })}
        </span>
      </div>
      {remark && (
        <p className={page.remark}>
          <strong>{intl.formatMessage({ id: 'employeePreboarding.remark' }, { employer })}</strong> {remark}
        </p>
      )}
      {children}
    </section>
  );
}

/** Saving one part of the checklist: the failure at its field where the server names one. */
function useSave() {
  const intl = useIntl();
  const [{ fetching }, save] = useMutation(savePreboardingMutation);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const reset = () => {
    setSaved(false);
    setFailure(null);
    setFieldErrors({});
  };
  const run = async (input: SavePreboardingInput): Promise<boolean> => {
    reset();
    const r = await save({ input });
    const userErrors = r.data?.savePreboarding.userErrors;
    const problem = messageIdForMutationFailure({ error: r.error, userErrors }) ?? (r.data?.savePreboarding.preboarding ? null : 'error.generic');
    if (problem) {
      const field = r.error ? undefined : userErrors?.[0]?.field?.at(-1);
      if (field) setFieldErrors({ [field]: intl.formatMessage({ id: problem }) });
      else setFailure(problem);
      return false;
    }
    setSaved(true);
    return true;
  };
  /** Errors found before sending, as field → message id. */
  const refuse = (errors: Record<string, MessageId>) => {
    reset();
    setFieldErrors(Object.fromEntries(Object.entries(errors).map(([field, id]) => [field, intl.formatMessage({ id })])));
  };
  /**
   * The user changed a field: the last outcome no longer holds. Its error goes at once, not when the
   * field loses focus, so the Opslaan button below does not jump away under the pointer.
   */
  const edited = (field?: string) => {
    setSaved(false);
    if (field) setFieldErrors((old) => (field in old ? Object.fromEntries(Object.entries(old).filter(([k]) => k !== field)) : old));
  };
  return { run, refuse, busy: fetching, saved, failure, fieldErrors, edited };
}

type Save = ReturnType<typeof useSave>;

/** A part's form: its fields, the Opslaan button, and what came of the last save. */
function SectionForm({ save, onSubmit, children }: { save: Save; onSubmit: () => void; children: ReactNode }) {
  const intl = useIntl();
  return (
    <Form
      className={forms.form}
      validationBehavior="aria"
      validationErrors={save.fieldErrors}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!save.busy) onSubmit();
      }}
    >
      {children}
      <Alert messageId={save.failure} takeFocus />
      <div className={page.saveRow}>
        <BusyButton type="submit" className={styles.secondaryButton} isBusy={save.busy} busyLabel={intl.formatMessage({ id: 'employeePreboarding.saving' })}>
          {intl.formatMessage({ id: 'employeePreboarding.save' })}
        </BusyButton>
        <span role="status" className={page.savedText}>
          {save.saved ? intl.formatMessage({ id: 'employeePreboarding.saved' }) : ''}
        </span>
      </div>
    </Form>
  );
}

function useFields<K extends string>(initial: Record<K, string>, save: Save) {
  const [values, setValues] = useState(initial);
  const field = (key: K) => ({
    name: key,
    value: values[key],
    onChange: (v: string) => {
      setValues((old) => ({ ...old, [key]: v }));
      save.edited(key);
    },
  });
  return { values, setValues, field };
}

const trimmed = <K extends string>(values: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(values).map(([k, v]) => [k, v.trim()])) as Record<K, string>;

function PersonalForm({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  const save = useSave();
  const { values, field } = useFields(
    { initials: pb.initials, firstName: pb.firstName, lastNamePrefix: pb.lastNamePrefix, lastName: pb.lastName, phone: pb.phone, nationality: pb.nationality },
    save,
  );
  const t = (id: string) => intl.formatMessage({ id: `employeePreboarding.field.${id}` as MessageId });
  const submit = () => {
    const v = trimmed(values);
    const missing: Record<string, MessageId> = {};
    if (!v.initials) missing['initials'] = 'employeePreboarding.error.initials';
    if (!v.firstName) missing['firstName'] = 'employeePreboarding.error.firstName';
    if (!v.lastName) missing['lastName'] = 'employeePreboarding.error.lastName';
    if (Object.keys(missing).length > 0) return save.refuse(missing);
    void save.run(v);
  };
  return (
    <SectionForm save={save} onSubmit={submit}>
      <TextInputField label={t('initials')} autoComplete="off" maxLength={20} {...field('initials')} />
      <TextInputField label={t('firstName')} autoComplete="given-name" maxLength={100} {...field('firstName')} />
      <TextInputField label={t('lastNamePrefix')} autoComplete="off" maxLength={20} {...field('lastNamePrefix')} />
      <TextInputField label={t('lastName')} autoComplete="family-name" maxLength={100} {...field('lastName')} />
      <TextInputField label={t('phone')} type="tel" inputMode="tel" autoComplete="tel" maxLength={30} {...field('phone')} />
      <TextInputField label={t('nationality')} autoComplete="off" maxLength={60} {...field('nationality')} />
    </SectionForm>
  );
}

function AddressForm({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  const save = useSave();
  const { values, field } = useFields({ street: pb.street, postalCode: pb.postalCode, city: pb.city, country: pb.country || intl.formatMessage({ id: 'employeePreboarding.defaultCountry' }) }, save);
  const t = (id: string) => intl.formatMessage({ id: `employeePreboarding.field.${id}` as MessageId });
  return (
    <SectionForm save={save} onSubmit={() => void save.run(trimmed(values))}>
      <TextInputField label={t('street')} autoComplete="street-address" maxLength={200} {...field('street')} />
      <TextInputField label={t('postalCode')} autoComplete="postal-code" maxLength={10} {...field('postalCode')} />
      <TextInputField label={t('city')} autoComplete="address-level2" maxLength={100} {...field('city')} />
      <TextInputField label={t('country')} autoComplete="country-name" maxLength={60} {...field('country')} />
    </SectionForm>
  );
}

function BsnForm({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  const save = useSave();
  const { values, setValues, field } = useFields({ bsn: '' }, save);
  const submit = async () => {
    const bsn = normalBsn(values.bsn);
    if (!bsn) return save.refuse({ bsn: values.bsn.trim() ? 'employeePreboarding.error.bsn' : 'employeePreboarding.error.bsnMissing' });
    if (await save.run({ bsn })) setValues({ bsn: '' });
  };
  return (
    <SectionForm save={save} onSubmit={() => void submit()}>
      <TextInputField
        label={intl.formatMessage({ id: pb.bsn ? 'employeePreboarding.field.bsnAgain' : 'employeePreboarding.field.bsn' })}
        description={
          pb.bsn
            ? intl.formatMessage({ id: 'employeePreboarding.bsn.saved' }, { masked: pb.bsn })
            : intl.formatMessage({ id: 'employeePreboarding.bsn.help' })
        }
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        verbatim
        {...field('bsn')}
      />
    </SectionForm>
  );
}

function IbanForm({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  const save = useSave();
  const { values, setValues, field } = useFields({ iban: pb.iban ? groupIban(pb.iban) : '' }, save);
  const submit = async () => {
    const iban = normalIban(values.iban);
    if (!iban) return save.refuse({ iban: values.iban.trim() ? 'employeePreboarding.error.iban' : 'employeePreboarding.error.ibanMissing' });
    if (await save.run({ iban })) setValues({ iban: groupIban(iban) });
  };
  return (
    <SectionForm save={save} onSubmit={() => void submit()}>
      <TextInputField
        label={intl.formatMessage({ id: 'employeePreboarding.field.iban' })}
        description={intl.formatMessage({ id: 'employeePreboarding.iban.help' })}
        autoComplete="off"
        maxLength={42}
        verbatim
        {...field('iban')}
      />
    </SectionForm>
  );
}

function TaxCreditForm({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  const save = useSave();
  const name = useId();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>(pb.taxCredit == null ? '' : pb.taxCredit ? 'yes' : 'no');
  const [from, setFrom] = useState(pb.taxCreditFrom ?? pb.firstDay);
  const submit = () => {
    if (!choice) return save.refuse({ taxCredit: 'employeePreboarding.error.taxCredit' });
    if (choice === 'yes' && !/^\d{4}-\d{2}-\d{2}$/.test(from)) return save.refuse({ taxCreditFrom: 'employeePreboarding.error.taxCreditFrom' });
    void save.run(choice === 'yes' ? { taxCredit: true, taxCreditFrom: from } : { taxCredit: false });
  };
  const choiceError = save.fieldErrors['taxCredit'];
  return (
    <SectionForm save={save} onSubmit={submit}>
      <p className={forms.description}>{intl.formatMessage({ id: 'employeePreboarding.taxCredit.help' })}</p>
      <fieldset className={page.choices} aria-describedby={choiceError ? `${name}-error` : undefined}>
        <legend className={forms.label}>{intl.formatMessage({ id: 'employeePreboarding.taxCredit.question' })}</legend>
        {(['yes', 'no'] as const).map((value) => (
          <label key={value} className={page.choice}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => {
                setChoice(value);
                save.edited('taxCredit');
              }}
            />
            {intl.formatMessage({ id: `employeePreboarding.taxCredit.${value}` })}
          </label>
        ))}
        {choiceError && (
          <p id={`${name}-error`} className={forms.fieldError}>
            {choiceError}
          </p>
        )}
      </fieldset>
      {choice === 'yes' && (
        <DateInput
          name="taxCreditFrom"
          label={intl.formatMessage({ id: 'employeePreboarding.taxCredit.from' })}
          value={from}
          onChange={(v) => {
            setFrom(v);
            save.edited('taxCreditFrom');
          }}
          error={save.fieldErrors['taxCreditFrom'] ?? null}
        />
      )}
    </SectionForm>
  );
}

function EmergencyForm({ pb, employer }: { pb: Preboarding; employer: string }) {
  const intl = useIntl();
  const save = useSave();
  const { values, field } = useFields({ emergencyName: pb.emergencyName, emergencyRelation: pb.emergencyRelation, emergencyPhone: pb.emergencyPhone }, save);
  const t = (id: string) => intl.formatMessage({ id: `employeePreboarding.field.${id}` as MessageId });
  return (
    <SectionForm save={save} onSubmit={() => void save.run(trimmed(values))}>
      <p className={forms.description}>{intl.formatMessage({ id: 'employeePreboarding.emergency.help' }, { employer })}</p>
      <TextInputField label={t('emergencyName')} autoComplete="off" maxLength={100} {...field('emergencyName')} />
      <TextInputField label={t('emergencyRelation')} description={t('emergencyRelationHint')} autoComplete="off" maxLength={60} {...field('emergencyRelation')} />
      <TextInputField label={t('emergencyPhone')} type="tel" inputMode="tel" autoComplete="off" maxLength={30} {...field('emergencyPhone')} />
    </SectionForm>
  );
}

/** Whether a chosen file can be sent: a JPEG, PNG or PDF of at most 10 MB (the server checks the bytes again). */
export function fileProblem(file: Pick<File, 'type' | 'size'>): MessageId | null {
  if (file.type && !FILE_TYPES.includes(file.type)) return 'error.UNSUPPORTED_FILE_TYPE';
  if (file.size === 0) return 'employeePreboarding.error.fileEmpty';
  if (file.size > MAX_FILE_BYTES) return 'error.FILE_TOO_LARGE';
  return null;
}

function IdDocument({ pb }: { pb: Preboarding }) {
  const intl = useIntl();
  return (
    <div className={page.sides}>
      <p className={forms.description}>{intl.formatMessage({ id: 'employeePreboarding.id.help' })}</p>
      {(['FRONT', 'BACK'] as const).map((side) => (
        <UploadSide key={side} side={side} file={pb.files.find((f) => f.side === side) ?? null} />
      ))}
    </div>
  );
}

/** One side: chosen, checked and sent at once (multipart); the server answers with the checklist. */
function UploadSide({ side, file }: { side: PreboardingDocumentSide; file: { contentType: string; size: number } | null }) {
  const intl = useIntl();
  const client = useClient();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageId | null>(null);
  const [done, setDone] = useState(false);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setDone(false);
    setProblem(null);
    if (!chosen) return;
    const local = fileProblem(chosen);
    if (local) {
      setProblem(local);
      return;
    }
    setBusy(true);
    try {
      const r = await client.mutation(uploadPreboardingDocumentMutation, { input: { side, file: chosen } }).toPromise();
      const failure =
        messageIdForMutationFailure({ error: r.error, userErrors: r.data?.uploadPreboardingDocument.userErrors }) ??
        (r.data?.uploadPreboardingDocument.preboarding ? null : 'error.generic');
      if (failure) setProblem(failure);
      else setDone(true);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const label = intl.formatMessage({ id: `employeePreboarding.id.${side}` });
  const describedBy = [`${id}-state`, problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={page.side}>
      <label htmlFor={id} className={forms.label}>
        {label}
      </label>
      <p id={`${id}-state`} className={forms.description}>
        {busy
          ? intl.formatMessage({ id: 'employeePreboarding.id.uploading' })
          : file
            ? intl.formatMessage(
                { id: 'employeePreboarding.id.uploaded' },
                {
                  kind: intl.formatMessage({ id: file.contentType === 'application/pdf' ? 'employeePreboarding.id.pdf' : 'employeePreboarding.id.photo' }),
                  size: formatFileSize(file.size, intl.locale),
                },
              )
            : intl.formatMessage({ id: 'employeePreboarding.id.none' })}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        className={page.file}
        disabled={busy}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => void choose(event)}
      />
      {problem && (
        <p id={`${id}-error`} className={forms.fieldError}>
          {intl.formatMessage({ id: problem })}
        </p>
      )}
      <span role="status" className={page.savedText}>
        {done ? intl.formatMessage({ id: 'employeePreboarding.id.done' }, { side: label.toLowerCase() }) : ''}
      </span>
    </div>
  );
}

function SubmitCard({ pb, employer, onSent }: { pb: Preboarding; employer: string; onSent: () => void }) {
  const intl = useIntl();
  const [{ fetching }, submit] = useMutation(submitPreboardingMutation);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const open = pb.items.filter((i) => !i.done);
  const send = async () => {
    setFailure(null);
    if (open.length > 0) {
      setFailure('error.PREBOARDING_INCOMPLETE');
      return;
    }
    const r = await submit({});
    const problem = messageIdForMutationFailure({ error: r.error, userErrors: r.data?.submitPreboarding.userErrors });
    if (problem) setFailure(problem);
    else onSent();
  };
  return (
    <section className={styles.card} aria-labelledby="preboarding-submit">
      <h2 id="preboarding-submit" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePreboarding.submit.title' })}
      </h2>
      <p>
        {open.length === 0
          ? intl.formatMessage({ id: 'employeePreboarding.submit.ready' }, { employer })
          : intl.formatMessage(
              { id: 'employeePreboarding.submit.open' },
              { count: open.length, items: open.map((i) => intl.formatMessage({ id: `employeePreboarding.item.${i.item}` })).join(', ') },
            )}
      </p>
      <Alert messageId={failure} takeFocus />
      <BusyButton className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'employeePreboarding.submit.busy' })} onClick={() => void send()}>
        {intl.formatMessage({ id: 'employeePreboarding.submit.action' })}
      </BusyButton>
    </section>
  );
}

/** A part as sent: read-only while the employer checks it. */
function Summary({ item, pb }: { item: PreboardingItem; pb: Preboarding }) {
  const intl = useIntl();
  const none = intl.formatMessage({ id: 'employeePreboarding.value.none' });
  const v = (s: string) => (s.trim() ? s : none);
  const t = (id: string) => intl.formatMessage({ id: `employeePreboarding.field.${id}` as MessageId });
  const rows: Array<[string, string]> = (() => {
    switch (item) {
      case 'PERSONAL':
        return [
          [t('initials'), v(pb.initials)],
          [t('name'), v([pb.firstName, pb.lastNamePrefix, pb.lastName].filter(Boolean).join(' '))],
          [t('phone'), v(pb.phone)],
          [t('nationality'), v(pb.nationality)],
        ];
      case 'ADDRESS':
        return [
          [t('street'), v(pb.street)],
          [t('postalCode'), v(pb.postalCode)],
          [t('city'), v(pb.city)],
          [t('country'), v(pb.country)],
        ];
      case 'BSN':
        return [[t('bsn'), v(pb.bsn)]];
      case 'IBAN':
        return [[t('iban'), v(groupIban(pb.iban))]];
      case 'TAX_CREDIT':
        return [
          [
            intl.formatMessage({ id: 'employeePreboarding.taxCredit.question' }),
            pb.taxCredit == null
              ? none
              : pb.taxCredit
                ? intl.formatMessage({ id: 'employeePreboarding.taxCredit.yesFrom' }, { day: pb.taxCreditFrom ? formatDay(intl, pb.taxCreditFrom) : '' })
                : intl.formatMessage({ id: 'employeePreboarding.taxCredit.no' }),
          ],
        ];
      case 'EMERGENCY_CONTACT':
        return [
          [t('emergencyName'), v(pb.emergencyName)],
          [t('emergencyRelation'), v(pb.emergencyRelation)],
          [t('emergencyPhone'), v(pb.emergencyPhone)],
        ];
      case 'ID_DOCUMENT':
        return (['FRONT', 'BACK'] as const).map((side) => {
          const f = pb.files.find((x) => x.side === side);
          return [
            intl.formatMessage({ id: `employeePreboarding.id.${side}` }),
            f
              ? intl.formatMessage({ id: f.contentType === 'application/pdf' ? 'employeePreboarding.id.pdf' : 'employeePreboarding.id.photo' })
              : none,
          ];
        });
    }
  })();
  return (
    <dl className={styles.facts}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
