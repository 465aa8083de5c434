import { useRef, useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import styles from '../../components/ui/ui.module.css';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { readFragment } from '../../gql';
import type { VerzuimContactLanguage } from '../../gql/graphql';
import { addVerzuimContactMutation, removeVerzuimContactMutation, verzuimContactFields, verzuimContactsQuery } from './verzuim.graphql';
import own from './SickReportsPage.module.css';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * Verzuimcontactpersonen (R25): who hears of every sick report and recovery by mail — names and
 * dates only, never anything about the illness — each in their own language (R46). Staff with
 * MANAGE_HR_SETTINGS add and remove them.
 */
export function VerzuimContacts({ employerId, canManage }: { employerId: string; canManage: boolean }) {
  const intl = useIntl();
  const [result, reload] = useQuery({ query: verzuimContactsQuery, variables: { employerId }, requestPolicy: 'cache-and-network' });
  const contacts = (result.data?.employer?.verzuimContacts ?? []).map((c) => readFragment(verzuimContactFields, c));
  const [{ fetching: removing }, remove] = useMutation(removeVerzuimContactMutation);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="verzuim-contacts-title">
      <div>
        <h2 id="verzuim-contacts-title" className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'sickReports.contacts.title' })}
        </h2>
        <p className={`${styles.muted} ${styles.small}`} style={{ margin: '0.25rem 0 0' }}>
          {intl.formatMessage({ id: 'sickReports.contacts.intro' })}
        </p>
      </div>
      <Alert messageId={failure} takeFocus />
      {contacts.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'sickReports.contacts.none' })}</p>
      ) : (
        <ul className={own.contactList}>
          {contacts.map((c) => (
            <li key={c.id}>
              <span className={own.contactMeta}>
                <strong>{c.name}</strong>
                {c.role && <> · {c.role}</>}
                <br />
                <span className={styles.small}>
                  {c.email} · {intl.formatMessage({ id: `sickReports.contacts.language.${c.language}` })}
                </span>
              </span>
              {canManage && (
                <button
                  type="button"
                  className={styles.buttonGhost}
                  disabled={removing}
                  onClick={() =>
                    void remove({ input: { id: c.id } }).then(({ data, error }) => {
                      const failed = messageIdForMutationFailure({ error, userErrors: data?.removeVerzuimContact.userErrors });
                      setFailure(failed);
                      if (!failed) refresh();
                    })
                  }
                >
                  {intl.formatMessage({ id: 'sickReports.contacts.remove' }, { name: c.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && <AddContactForm employerId={employerId} onDone={refresh} />}
    </section>
  );
}

function AddContactForm({ employerId, onDone }: { employerId: string; onDone: () => void }) {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<VerzuimContactLanguage>('nl');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, add] = useMutation(addVerzuimContactMutation);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'name' | 'email'>({ name: nameRef, email: emailRef });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const errors: FieldErrors<'name' | 'email'> = {};
    if (!name.trim()) errors.name = 'sickReports.contacts.name.required';
    if (!EMAIL.test(email.trim())) errors.email = 'sickReports.contacts.email.invalid';
    if (fields.show(errors)) return;
    const { data, error } = await add({ input: { employerId, contact: { name: name.trim(), role: role.trim(), email: email.trim(), language } } });
    const userErrors = data?.addVerzuimContact.userErrors;
    if (userErrors?.[0]?.field?.includes('email')) {
      fields.show({ email: userErrors[0].code === 'DUPLICATE_VERZUIM_CONTACT' ? 'error.DUPLICATE_VERZUIM_CONTACT' : 'sickReports.contacts.email.invalid' });
      return;
    }
    const failed = messageIdForMutationFailure({ error, userErrors });
    if (failed || !data?.addVerzuimContact.verzuimContact) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setName('');
    setRole('');
    setEmail('');
    onDone();
  };

  return (
    <div>
      <h3 id="verzuim-contact-add" className={own.subTitle}>
        {intl.formatMessage({ id: 'sickReports.contacts.add' })}
      </h3>
      <Alert messageId={failure} takeFocus />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="verzuim-contact-add"
      >
        <TextInputField name="name" label={intl.formatMessage({ id: 'sickReports.contacts.name' })} inputRef={nameRef} value={name} onChange={(v) => { setName(v); fields.clear('name'); }} />
        <TextInputField name="role" label={intl.formatMessage({ id: 'sickReports.contacts.role' })} description={intl.formatMessage({ id: 'sickReports.contacts.role.help' })} value={role} onChange={setRole} />
        <TextInputField name="email" type="email" autoComplete="off" label={intl.formatMessage({ id: 'sickReports.contacts.email' })} inputRef={emailRef} value={email} onChange={(v) => { setEmail(v); fields.clear('email'); }} />
        <RadioGroup className={styles.choiceGroup} value={language} onChange={(v) => setLanguage(v as VerzuimContactLanguage)} orientation="horizontal">
          <Label className={styles.label}>{intl.formatMessage({ id: 'sickReports.contacts.languageLabel' })}</Label>
          <div className={styles.choices}>
            {(['nl', 'en'] as const).map((value) => (
              <Radio key={value} value={value} className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: `sickReports.contacts.language.${value}` })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <BusyButton type="submit" className={forms.primaryButton} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'sickReports.staff.sending' })}>
          {intl.formatMessage({ id: 'sickReports.contacts.submit' })}
        </BusyButton>
      </Form>
    </div>
  );
}
