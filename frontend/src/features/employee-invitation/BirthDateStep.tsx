import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import { parseBirthDate, type BirthDateError, type DatePart, type DateParts } from './birthDate';
import { BirthDateField } from './BirthDateField';
import { verifyInvitationMutation } from './invitation.graphql';
import styles from './InvitationPage.module.css';

const BIRTH_DATE_ERRORS: Record<BirthDateError, MessageId> = {
  required: 'employeeInvitation.birthDate.required',
  incomplete: 'employeeInvitation.birthDate.incomplete',
  invalidDay: 'employeeInvitation.birthDate.invalidDay',
  invalidMonth: 'employeeInvitation.birthDate.invalidMonth',
  invalidYear: 'employeeInvitation.birthDate.invalidYear',
  notADate: 'employeeInvitation.birthDate.notADate',
  inFuture: 'employeeInvitation.birthDate.inFuture',
};

/** Step 1: the birth date as the control question (R4), with the attempts left after a wrong one. */
export function BirthDateStep({
  token,
  employer,
  notice,
  onVerified,
  onLinkChanged,
}: {
  token: string;
  employer: string | null;
  notice: MessageId | null;
  onVerified: (iso: string) => void;
  onLinkChanged: (code: string | null | undefined) => boolean;
}) {
  const intl = useIntl();
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [fieldError, setFieldError] = useState<{ messageId: MessageId; part: DatePart | null } | null>(null);
  const [wrong, setWrong] = useState<{ attemptsLeft: number; attempt: number } | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, verify] = useMutation(verifyInvitationMutation);
  const inputRefs = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  const attempts = useRef(0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const parsed = parseBirthDate(parts);
    if (!parsed.ok) {
      setFieldError({ messageId: BIRTH_DATE_ERRORS[parsed.error], part: parsed.error === 'required' ? null : parsed.part });
      setWrong(null);
      inputRefs.current[parsed.part]?.focus();
      return;
    }
    setFieldError(null);
    const { data, error } = await verify({ input: { token, birthDate: parsed.iso } });
    const payload = data?.verifyInvitation;
    if (error || !payload) {
      setFailure(error ? messageIdForCombinedError(error) : 'error.generic');
      return;
    }
    if (payload.verified) {
      onVerified(parsed.iso);
      return;
    }
    const code = payload.userErrors[0]?.code;
    if (code === 'WRONG_BIRTH_DATE') {
      attempts.current += 1;
      setWrong({ attemptsLeft: payload.attemptsLeft, attempt: attempts.current });
      inputRefs.current.day?.focus();
      return;
    }
    if (!onLinkChanged(code)) setFailure(messageIdForUserErrorCode(code));
  };

  const name = employer ?? intl.formatMessage({ id: 'employeeInvitation.yourEmployer' });
  return (
    <section aria-labelledby="invitation-step-title">
      <h2 id="invitation-step-title" className={styles.stepTitle}>
        {intl.formatMessage({ id: 'employeeInvitation.birthDate.title' })}
      </h2>
      <p className={styles.stepIntro}>{intl.formatMessage({ id: 'employeeInvitation.birthDate.intro' })}</p>
      {notice && (
        <p role="status" className={forms.notice}>
          {intl.formatMessage({ id: notice })}
        </p>
      )}
      {wrong && (
        <Alert key={wrong.attempt} className={forms.alert}>
          {intl.formatMessage({ id: 'employeeInvitation.birthDate.wrong' }, { employer: name })}{' '}
          {intl.formatMessage({ id: 'employeeInvitation.birthDate.attemptsLeft' }, { count: wrong.attemptsLeft })}
        </Alert>
      )}
      <Alert messageId={failure} className={forms.alert} />
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <BirthDateField
          value={parts}
          onChange={(next) => {
            setParts(next);
            if (fieldError) setFieldError(null);
          }}
          error={fieldError ? intl.formatMessage({ id: fieldError.messageId }) : null}
          errorPart={fieldError?.part ?? null}
          inputRefs={inputRefs}
        />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeeInvitation.birthDate.checking' })}
        >
          {intl.formatMessage({ id: 'employeeInvitation.birthDate.submit' })}
        </BusyButton>
      </form>
    </section>
  );
}

