import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { providerSecondFactorPolicyQuery, setRequireSecondFactorForEmployersMutation } from './staffUsers.graphql';

/**
 * Tweestapsverificatie voor werkgevergebruikers (R43): provider users always sign in with a second
 * factor; whether the users of the provider's employers must too is the provider's choice. Switching
 * it is a confirmed change (it is audited): from the next sign-in, employer users without an
 * authenticator app are asked to set one up.
 */
export function SecondFactorPolicy() {
  const intl = useIntl();
  const ids = useId();
  const [result] = useQuery({ query: providerSecondFactorPolicyQuery, requestPolicy: 'cache-and-network' });
  const [, save] = useMutation(setRequireSecondFactorForEmployersMutation);
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const provider = result.data?.viewer?.provider;
  if (!provider) {
    return result.error ? <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice> : null;
  }
  const required = provider.requireSecondFactorForEmployers;
  const next = required ? 'off' : 'on';

  const confirm = async (): Promise<MessageId | null> => {
    const { data, error } = await save({ input: { required: !required } });
    const failure = messageIdForMutationFailure({ error, userErrors: data?.setRequireSecondFactorForEmployers.userErrors });
    if (failure) return failure;
    setOutcome(intl.formatMessage({ id: `staffUsers.policy.${next}.done` }));
    return null;
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'staffUsers.policy.title' })}
      </h2>
      <p style={{ margin: 0 }}>{intl.formatMessage({ id: 'staffUsers.policy.intro' })}</p>
      <p id={`${ids}-state`} style={{ margin: 0 }}>
        <strong>{intl.formatMessage({ id: required ? 'staffUsers.policy.stateOn' : 'staffUsers.policy.stateOff' })}</strong>
      </p>
      {outcome && <Notice tone="success">{outcome}</Notice>}
      <div>
        <button type="button" className={styles.buttonSecondary} aria-describedby={`${ids}-state`} onClick={() => setAsking(true)}>
          {intl.formatMessage({ id: `staffUsers.policy.${next}.action` })}
        </button>
      </div>
      <ConfirmDialog
        isOpen={asking}
        onClose={() => setAsking(false)}
        title={intl.formatMessage({ id: `staffUsers.policy.${next}.title` })}
        confirmLabel={intl.formatMessage({ id: `staffUsers.policy.${next}.confirm` })}
        busyLabel={intl.formatMessage({ id: 'staffUsers.policy.busy' })}
        tone="primary"
        onConfirm={confirm}
      >
        <p>{intl.formatMessage({ id: `staffUsers.policy.${next}.body` })}</p>
      </ConfirmDialog>
    </section>
  );
}
