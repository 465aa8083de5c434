import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { pagingVariables, parsePaging } from '../../components/ui/paging';
import { personDocumentsQuery } from './documents.graphql';
import { DOCUMENTS_PAGE_SIZE, DocumentsSection } from './DocumentsSection';

/** The person page's Documenten tab: documents about the person (R26). */
export default function PersonDocuments({ personId, fullName, employerId }: { personId: string; fullName: string; employerId: string }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const paging = parsePaging(params);
  const [result, reexecute] = useQuery({
    query: personDocumentsQuery,
    variables: { personId, ...pagingVariables(paging, DOCUMENTS_PAGE_SIZE) },
    requestPolicy: 'cache-and-network',
  });
  const node = result.data?.node;
  return (
    <DocumentsSection
      scope="person"
      employerId={employerId}
      personId={personId}
      name={fullName}
      listTitle={intl.formatMessage({ id: 'documents.title' })}
      intro={intl.formatMessage({ id: 'documents.person.intro' }, { name: fullName })}
      connection={node?.__typename === 'Person' ? node.documents : null}
      error={result.error}
      reload={() => reexecute({ requestPolicy: 'network-only' })}
    />
  );
}
