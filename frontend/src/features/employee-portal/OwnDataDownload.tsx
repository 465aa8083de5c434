import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import forms from '../../components/forms.module.css';
import { useDownload } from '../../lib/download/useDownload';
import styles from './AccountPage.module.css';

/** Where the server builds the ZIP (server/owndata Path), with the session's bearer token. */
export const OWN_DATA_PATH = '/downloads/mijn-gegevens.zip';

/**
 * Mijn gegevens downloaden (AVG art. 15/20): one ZIP of the employee's own data, built by the server
 * while it is sent. A few downloads an hour per account (the server says when it is too many).
 */
export function OwnDataDownload() {
  const intl = useIntl();
  const { download, busy, failure } = useDownload();
  const [saved, setSaved] = useState(false);
  return (
    <section className={styles.card} aria-labelledby="account-own-data">
      <h2 id="account-own-data" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePortal.ownData.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'employeePortal.ownData.intro' })}</p>
      {saved && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeePortal.ownData.saved' })}
        </p>
      )}
      <Alert messageId={failure} className={forms.alert} />
      <div className={styles.buttons}>
        <BusyButton
          className={styles.secondaryButton}
          isBusy={busy === OWN_DATA_PATH}
          busyLabel={intl.formatMessage({ id: 'employeePortal.ownData.busy' })}
          onClick={() => {
            setSaved(false);
            void download(OWN_DATA_PATH, 'mijn-gegevens.zip').then((outcome) => setSaved(outcome === 'saved'));
          }}
        >
          {intl.formatMessage({ id: 'employeePortal.ownData.download' })}
        </BusyButton>
      </div>
    </section>
  );
}
