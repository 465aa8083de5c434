import { useIntl } from 'react-intl';
import type { MijnLoketVariant } from '../../gql/graphql';
import styles from '../../components/ui/ui.module.css';

const TONE: Record<MijnLoketVariant, string | undefined> = {
  NONE: styles.badgeNeutral,
  START: styles.badgeInfo,
  PLUS: styles.badgeInfo,
  PRO: styles.badgeSuccess,
};

/** "MijnLoket Plus": the variant follows from the active products (R20) and is never chosen. */
export function VariantBadge({ variant }: { variant: MijnLoketVariant }) {
  const intl = useIntl();
  const known = Object.hasOwn(TONE, variant);
  return (
    <span className={`${styles.badge} ${known ? TONE[variant] : styles.badgeNeutral}`} data-variant={variant}>
      {known ? intl.formatMessage({ id: `employers.variant.${variant}` }) : variant}
    </span>
  );
}
