import { useIntl } from 'react-intl';
import type { AccessStatus } from '../../gql/graphql';
import styles from '../../components/ui/ui.module.css';
import { isKnownStatus, STATUS_TONE, type StatusTone } from './status';

const TONE_CLASS: Record<StatusTone, string | undefined> = {
  neutral: styles.badgeNeutral,
  info: styles.badgeInfo,
  success: styles.badgeSuccess,
  warning: styles.badgeWarning,
  danger: styles.badgeDanger,
};

/** The access status as a coloured badge with its Dutch (or English) name. No account = NONE. */
export function AccessStatusBadge({ status }: { status: AccessStatus | null | undefined }) {
  const intl = useIntl();
  const value = status ?? 'NONE';
  if (!isKnownStatus(value)) {
    return <span className={`${styles.badge} ${styles.badgeNeutral}`}>{value}</span>;
  }
  return (
    <span className={`${styles.badge} ${TONE_CLASS[STATUS_TONE[value]]}`} data-status={value}>
      {intl.formatMessage({ id: `access.status.${value}` })}
    </span>
  );
}
