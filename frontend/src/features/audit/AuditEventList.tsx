import type { ResultOf } from '@graphql-typed-document-node/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../components/ui/format';
import { personPath } from '../employers';
import { actionMessage, actorKindMessage, nameableTargets } from './actions';
import type { auditEventsQuery } from './audit.graphql';
import { auditTargetsQuery } from './audit.graphql';
import list from './AuditEventList.module.css';

type Connection = NonNullable<ResultOf<typeof auditEventsQuery>['auditEvents']>;
export type AuditEventRow = NonNullable<NonNullable<NonNullable<Connection['edges']>[number]>['node']>;

export function auditRows(connection: Connection | null | undefined): AuditEventRow[] {
  return (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
}

interface Target {
  label: string;
  personId?: string;
}

/**
 * Audit events as a timeline: when, what, to whom (the person or product, looked up by ID) and by
 * whom (name and kind of actor).
 */
export function AuditEventList({ events, employerId, label }: { events: AuditEventRow[]; employerId: string; label: string }) {
  const intl = useIntl();
  const format = useFormat();
  const ids = useMemo(() => nameableTargets(events.map((e) => e.targetID)), [events]);
  const [targetsResult] = useQuery({ query: auditTargetsQuery, variables: { ids }, pause: ids.length === 0 });

  const targets = new Map<string, Target>();
  for (const node of targetsResult.data?.nodes ?? []) {
    if (!node) continue;
    if (node.__typename === 'Account' && node.person) targets.set(node.id, { label: node.person.fullName, personId: node.person.id });
    if (node.__typename === 'Person') targets.set(node.id, { label: node.fullName, personId: node.id });
    if (node.__typename === 'Product') targets.set(node.id, { label: intl.locale.startsWith('en') ? node.nameEn : node.nameNl });
    if (node.__typename === 'Document') {
      const about = node.aboutPerson;
      targets.set(node.id, about ? { label: `${node.title} · ${about.fullName}`, personId: about.id } : { label: node.title });
    }
    if (node.__typename === 'Payslip') {
      const { person } = node.employment;
      targets.set(node.id, { label: `${intl.formatMessage({ id: 'audit.target.payslip' }, { period: node.periodLabel })} · ${person.fullName}`, personId: person.id });
    }
    if (node.__typename === 'SickReport') targets.set(node.id, { label: node.sickPerson.fullName, personId: node.sickPerson.id });
  }

  return (
    <ol className={list.list} aria-label={label}>
      {events.map((event) => {
        const action = actionMessage(event.action);
        const target = targets.get(event.targetID);
        return (
          <li key={event.id} className={list.item}>
            <time className={list.time} dateTime={event.createdAt}>
              {format.moment(event.createdAt)}
            </time>
            <div className={list.body}>
              <p className={list.what}>
                <span className={list.action}>{intl.formatMessage({ id: action.id }, action.values)}</span>
                {target &&
                  (target.personId ? (
                    <Link to={personPath(employerId, target.personId)} className={list.target}>
                      {target.label}
                    </Link>
                  ) : (
                    <span className={list.target}>{target.label}</span>
                  ))}
                {!target && event.targetType === 'MailTemplate' && (
                  <span className={list.target}>{intl.formatMessage({ id: 'audit.target.mailTemplate' })}</span>
                )}
              </p>
              <p className={list.who}>
                {intl.formatMessage(
                  { id: 'audit.by' },
                  { name: event.actorName || intl.formatMessage({ id: 'audit.actor.SYSTEM' }), kind: intl.formatMessage({ id: actorKindMessage(event.actorKind) }) },
                )}
              </p>
              {event.reason && <p className={list.who}>{intl.formatMessage({ id: 'audit.reason' }, { reason: event.reason })}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
