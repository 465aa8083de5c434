import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { pagingVariables, parsePaging } from '../../components/ui/paging';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { employerDocumentsQuery } from './documents.graphql';
import { DOCUMENTS_PAGE_SIZE, DocumentsSection } from './DocumentsSection';

/** Documenten: the employer's documents for all employees (R26), with upload and visibility. */
export default function EmployerDocumentsPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('documents.title');
  const [params] = useSearchParams();
  const paging = parsePaging(params);
  const [result, reexecute] = useQuery({
    query: employerDocumentsQuery,
    variables: { employerId: employer.id, ...pagingVariables(paging, DOCUMENTS_PAGE_SIZE) },
    requestPolicy: 'cache-and-network',
  });
  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'documents.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'documents.employer.intro' }, { employer: employer.name })}</p>
      </header>
      <DocumentsSection
        scope="employer"
        employerId={employer.id}
        name={employer.name}
        listTitle={intl.formatMessage({ id: 'documents.employer.listTitle' })}
        connection={result.data?.employer?.documents}
        error={result.error}
        reload={() => reexecute({ requestPolicy: 'network-only' })}
      />
    </div>
  );
}
