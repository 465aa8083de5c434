import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useFormat } from '../../components/ui/format';
import { readFragment } from '../../gql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { useEmployer } from '../employers';
import { FIELD_LABEL, OldNew, STATUS_LABEL } from './labels';
import { personDataChangesQuery, staffDataChangeFragment } from './personalDataAdmin.graphql';
import { PERSONAL_DATA_EDIT } from './product';
import ui from '../../components/ui/ui.module.css';
import css from './PersonalDataChanges.module.css';

/**
 * The person page's history of *Persoonsgegevens wijzigen* (R37): every change the person asked for,
 * newest first, old and new side by side, with its state, date and decision. Only at an employer with
 * the product, like the rest of it (R22); the person's Logboek keeps the trail (R27) either way.
 */
export default function PersonDataChanges({ personId, fullName }: { personId: string; fullName: string }) {
  const employer = useEmployer();
  if (!(employer.activeProducts ?? []).some((p) => p.code === PERSONAL_DATA_EDIT)) return null;
  return <History personId={personId} fullName={fullName} />;
}

function History({ personId, fullName }: { personId: string; fullName: string }) {
  const intl = useIntl();
  const format = useFormat();
  const id = useId();
  const [{ data, error, fetching }] = useQuery({ query: personDataChangesQuery, variables: { personId }, requestPolicy: 'cache-and-network' });
  const changes = (data?.personalDataChanges ?? []).map((c) => readFragment(staffDataChangeFragment, c));

  if (!data) {
    if (fetching) return <PageStatus />;
    return error ? <Alert messageId={messageIdForCombinedError(error)} /> : null;
  }
  return (
    <section className={ui.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={ui.cardTitle}>
        {intl.formatMessage({ id: 'personalDataAdmin.history' })}
      </h2>
      {changes.length === 0 ? (
        <p className={ui.muted}>{intl.formatMessage({ id: 'personalDataAdmin.history.none' }, { name: fullName })}</p>
      ) : (
        <ul className={css.items}>
          {changes.map((c) => {
            const field = intl.formatMessage({ id: FIELD_LABEL[c.field] });
            const status = intl.formatMessage({ id: STATUS_LABEL[c.status] });
            return (
              <li key={c.id} className={css.item} aria-label={`${field}: ${status}`}>
                <h3 className={css.who}>
                  <span>{field}</span>
                  <span className={ui.muted}>{status}</span>
                </h3>
                <OldNew field={c.field} old={c.old} next={c.new} />
                <p className={ui.muted}>
                  {intl.formatMessage({ id: 'personalDataAdmin.requestedOn' }, { date: format.moment(c.createdAt) })} ·{' '}
                  {c.effectiveDate
                    ? intl.formatMessage({ id: 'personalDataAdmin.effectiveOn' }, { date: format.day(c.effectiveDate) })
                    : intl.formatMessage({ id: 'personalDataAdmin.effectiveWhenApproved' })}
                  {c.decidedAt &&
                    ` · ${intl.formatMessage({ id: 'personalDataAdmin.decidedBy' }, { name: c.decidedByName, date: format.moment(c.decidedAt) })}`}
                  {c.appliedAt && ` · ${intl.formatMessage({ id: 'personalDataAdmin.appliedOn' }, { date: format.moment(c.appliedAt) })}`}
                </p>
                {c.comment && <p>{intl.formatMessage({ id: 'personalDataAdmin.decisionComment' }, { comment: c.comment })}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
