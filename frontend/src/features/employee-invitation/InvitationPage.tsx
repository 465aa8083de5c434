import { Suspense, lazy, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, topLevelErrorCode } from '../../lib/graphql/errors';
import { tokenFromHash } from '../employee-auth';
import { Card, Welcome } from './InvitationCard';
import { invitationQuery } from './invitation.graphql';
import { LinkStatePage } from './LinkStatePage';
import { invitationView, invitationViewForError, type InvitationView } from './linkState';
import { withInvitationMessages } from './InvitationMessages';

/**
 * /werknemer/uitnodiging#TOKEN, the link of the access mail (R2–R4). First the link's state with what
 * to do next (expired, withdrawn, replaced, burned, blocked, used, unknown); a valid link asks the birth
 * date (step 1), then a username and a password (step 2), and signs the employee in on the portal home.
 */
function InvitationPage() {
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  if (!token) return <LinkStatePage view="notFound" employer={null} expiresAt={null} />;
  return <InvitationFlow key={token} token={token} />;
}

type Override = { view: InvitationView; notice?: MessageId } | null;

/*
 * The two steps are chunks of their own: the date field (React Aria) and the password strength
 * estimator with its word lists are most of this page's JavaScript, and a link that no longer works
 * (the page's first question) needs neither. A valid link fetches the first step beside its query,
 * the second while the first is shown.
 */
const loadBirthDateStep = () => import('./BirthDateStep');
const loadCredentialsStep = () => import('./CredentialsStep');
const BirthDateStep = lazy(async () => ({ default: (await loadBirthDateStep()).BirthDateStep }));
const CredentialsStep = lazy(async () => ({ default: (await loadCredentialsStep()).CredentialsStep }));

function InvitationFlow({ token }: { token: string }) {
  const intl = useIntl();
  const [{ data, error, fetching }, reload] = useQuery({
    query: invitationQuery,
    variables: { token },
    requestPolicy: 'network-only',
  });
  const [override, setOverride] = useState<Override>(null);
  const [birthDate, setBirthDate] = useState<string | null>(null);

  useEffect(() => {
    void loadBirthDateStep();
  }, []);

  const info = data?.invitation ?? null;
  const notFound = topLevelErrorCode(error) === 'NOT_FOUND';

  if (fetching && !info && !override) return <PageStatus />;
  if (error && !notFound && !info) {
    return (
      <Card titleId="employeeInvitation.problem.title">
        <Alert messageId={messageIdForCombinedError(error)} className={forms.alert} />
        <button type="button" className={forms.primaryButton} onClick={() => reload({ requestPolicy: 'network-only' })}>
          {intl.formatMessage({ id: 'employeeInvitation.problem.retry' })}
        </button>
      </Card>
    );
  }

  const view = override?.view ?? invitationView(notFound ? null : info);
  const employer = info?.employerName ?? null;

  /** A userError that says the link changed meanwhile: show the page for it. */
  const followError = (code: string | null | undefined): boolean => {
    const next = invitationViewForError(code);
    if (next === null) return false;
    if (next === 'reload') {
      setOverride(null);
      reload({ requestPolicy: 'network-only' });
    } else {
      setOverride({ view: next, ...(next === 'birthDate' ? { notice: 'employeeInvitation.birthDate.again' as const } : {}) });
    }
    return true;
  };

  switch (view) {
    case 'birthDate':
      return (
        <Welcome employer={employer} expiresAt={info?.expiresAt ?? null} step={1}>
          <PreloadCredentialsStep />
          <Suspense fallback={<PageStatus />}>
            <BirthDateStep
              token={token}
              employer={employer}
              notice={override?.notice ?? null}
              onVerified={(iso) => {
                setBirthDate(iso);
                setOverride({ view: 'credentials' });
              }}
              onLinkChanged={followError}
            />
          </Suspense>
        </Welcome>
      );
    case 'credentials':
      return (
        <Welcome employer={employer} expiresAt={info?.expiresAt ?? null} step={2}>
          <Suspense fallback={<PageStatus />}>
            <CredentialsStep token={token} employer={employer} birthDate={birthDate} onLinkChanged={followError} />
          </Suspense>
        </Welcome>
      );
    default:
      return <LinkStatePage view={view} employer={employer} expiresAt={info?.expiresAt ?? null} />;
  }
}

/** Fetches the second step's chunk while the first is on screen. */
function PreloadCredentialsStep() {
  useEffect(() => {
    void loadCredentialsStep();
  }, []);
  return null;
}

// With its texts, which travel with this chunk rather than the entry (the sign-in page's budget).
export default withInvitationMessages(InvitationPage);
