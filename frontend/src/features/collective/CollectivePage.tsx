import { useIntl } from 'react-intl';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Navigate, useParams } from 'react-router';
import { PageMessage } from '../../components/PageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useRights } from '../auth';
import { ScrollFade } from '../../components/ui/ScrollFade';
import styles from '../../components/ui/ui.module.css';
import { employerPath, useEmployer } from '../employers';
import { CollectiveWizard } from './CollectiveWizard';
import { LeftWithAccessPanel } from './LeftWithAccessPanel';

const SECTIONS = ['toegang-verstrekken', 'toegang-blokkeren', 'uit-dienst-met-toegang'] as const;

const SECTION_TITLE = {
  'toegang-verstrekken': 'collective.tab.grant',
  'toegang-blokkeren': 'collective.tab.block',
  'uit-dienst-met-toegang': 'collective.tab.left',
} as const;

/** Collectieve mutaties → ESS: Toegang verstrekken (R5), Toegang blokkeren (R7), uit dienst met toegang (R8). */
export default function CollectivePage() {
  const intl = useIntl();
  const employer = useEmployer();
  const rights = useRights();
  const { section } = useParams();
  const current = SECTIONS.find((s) => s === section);
  useDocumentTitle(current ? SECTION_TITLE[current] : 'collective.title');

  if (!rights.has('COLLECTIVE_MUTATIONS') || !rights.has('MANAGE_PORTAL_ACCESS')) {
    return <PageMessage titleId="collective.noRight.title" bodyId="collective.noRight.body" />;
  }
  if (!current) return <Navigate to={employerPath(employer.id, 'collectief/toegang-verstrekken')} replace />;

  return (
    <div className={styles.page}>
      <header>
        <ol className={styles.crumbs} aria-label={intl.formatMessage({ id: 'collective.crumbs' })}>
          <li>{intl.formatMessage({ id: 'collective.title' })}</li>
          <li>{intl.formatMessage({ id: 'collective.ess' })}</li>
        </ol>
        <h1 className={styles.title}>{intl.formatMessage({ id: SECTION_TITLE[current] })}</h1>
      </header>
      <Tabs className={styles.tabs} selectedKey={current}>
        <ScrollFade surface="var(--color-background)">
          <TabList className={styles.tabList} aria-label={intl.formatMessage({ id: 'collective.ess' })}>
            {SECTIONS.map((s) => (
              <Tab key={s} id={s} className={styles.tab} href={employerPath(employer.id, `collectief/${s}`)}>
                {intl.formatMessage({ id: SECTION_TITLE[s] })}
              </Tab>
            ))}
          </TabList>
        </ScrollFade>
        <TabPanel id="toegang-verstrekken" className={styles.tabPanel}>
          <CollectiveWizard key="grant" kind="grant" />
        </TabPanel>
        <TabPanel id="toegang-blokkeren" className={styles.tabPanel}>
          <CollectiveWizard key="block" kind="block" />
        </TabPanel>
        <TabPanel id="uit-dienst-met-toegang" className={styles.tabPanel}>
          <LeftWithAccessPanel />
        </TabPanel>
      </Tabs>
    </div>
  );
}
