import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDay } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { DataChanges } from './DataChanges';
import { personalDataQuery } from './personalData.graphql';
import styles from '../content.module.css';

/**
 * /werknemer/persoonsgegevens: personal data as the employer registered it, and the employments. With
 * *Persoonsgegevens wijzigen* (R37) the contact and bank details come with *Wijziging aanvragen*;
 * without it (R22) they are read-only.
 */
export default function PersonalDataPage() {
  return <PortalPage feature="PERSONAL_DATA">{(context) => <PersonalData {...context} />}</PortalPage>;
}

function PersonalData({ employer, features }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeePersonalData.title');
  const [{ data, fetching, error }] = useQuery({ query: personalDataQuery, requestPolicy: 'cache-and-network' });
  const p = data?.me?.personalData;
  const changes = features.includes('PERSONAL_DATA_CHANGES');
  const unknown = intl.formatMessage({ id: 'employeePersonalData.unknown' });
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  const contactCard = p && (
    <section className={styles.card} aria-labelledby="personal-contact">
      <h2 id="personal-contact" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePersonalData.contact' })}
      </h2>
      <dl className={styles.facts}>
        {fact(intl.formatMessage({ id: 'employeePersonalData.privateEmail' }), p.privateEmail || unknown)}
        {fact(intl.formatMessage({ id: 'employeePersonalData.phone' }), p.phone || unknown)}
      </dl>
    </section>
  );

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePersonalData.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeePersonalData.intro' }, { employer })}</p>
      </header>
      {!p ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="PERSONAL_DATA" employer={employer} />
        )
      ) : (
        <>
          <section className={styles.card} aria-labelledby="personal-person">
            <h2 id="personal-person" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'employeePersonalData.person' })}
            </h2>
            <dl className={styles.facts}>
              {fact(intl.formatMessage({ id: 'employeePersonalData.fullName' }), p.fullName)}
              {fact(intl.formatMessage({ id: 'employeePersonalData.initials' }), p.initials || unknown)}
              {fact(intl.formatMessage({ id: 'employeePersonalData.firstName' }), p.firstName || unknown)}
              {p.lastNamePrefix && fact(intl.formatMessage({ id: 'employeePersonalData.lastNamePrefix' }), p.lastNamePrefix)}
              {fact(intl.formatMessage({ id: 'employeePersonalData.lastName' }), p.lastName)}
              {fact(intl.formatMessage({ id: 'employeePersonalData.birthDate' }), formatDay(intl, p.birthDate))}
            </dl>
          </section>
          {changes ? <DataChanges employer={employer} readOnly={contactCard} /> : contactCard}
          <section className={styles.card} aria-labelledby="personal-employments">
            <h2 id="personal-employments" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'employeePersonalData.employments' }, { count: p.employments.length })}
            </h2>
            {p.employments.length === 0 ? (
              <p>{intl.formatMessage({ id: 'employeePersonalData.noEmployments' })}</p>
            ) : (
              <ul className={styles.list}>
                {p.employments.map((e) => (
                  <li key={e.id}>
                    <h3 className={styles.subTitle}>{e.jobTitle}</h3>
                    <dl className={styles.facts}>
                      {fact(intl.formatMessage({ id: 'employeePersonalData.employeeNumber' }), e.employeeNumber)}
                      {fact(intl.formatMessage({ id: 'employeePersonalData.start' }), formatDay(intl, e.startDate))}
                      {fact(
                        intl.formatMessage({ id: 'employeePersonalData.end' }),
                        e.endDate ? formatDay(intl, e.endDate) : intl.formatMessage({ id: 'employeePersonalData.inService' }),
                      )}
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p className={styles.notice}>
            {intl.formatMessage({ id: changes ? 'employeePersonalData.wrong.changes' : 'employeePersonalData.wrong' }, { employer })}
          </p>
        </>
      )}
    </>
  );
}
