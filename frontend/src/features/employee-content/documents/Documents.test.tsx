import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deferred, type Reply } from '../../../test/graphqlServer';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { fileReply, mockDownloads, mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const doc = (id: string, title: string, category: string, createdAt: string, sizeBytes: number) => ({
  __typename: 'Document',
  id,
  title,
  category,
  createdAt,
  fileName: `${title.toLowerCase()}.pdf`,
  contentType: 'application/pdf',
  sizeBytes,
  downloadUrl: `/downloads/documents/${id}`,
});

const documents = (notifications: boolean) => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      documents: {
        __typename: 'DocumentConnection',
        totalCount: 2,
        edges: [
          { __typename: 'DocumentEdge', node: doc('doc_1', 'Personeelshandboek 2026', 'POLICY', '2026-07-27T15:52:23Z', 2115) },
          { __typename: 'DocumentEdge', node: doc('doc_2', 'Arbeidsovereenkomst', 'CONTRACT', '2025-10-20T15:52:23Z', 1_400_000) },
        ],
      },
      documentNotifications: notifications,
    },
  },
});

describe('documenten (R26)', () => {
  it('lists title, category, date and size, and downloads a document', async () => {
    mockPortal({ EmployeeDocuments: () => documents(true) });
    const files = mockDownloads(() => fileReply(200, { 'Content-Disposition': 'attachment; filename="arbeidsovereenkomst.pdf"' }, '%PDF'));
    const { user } = await renderApp({ path: '/werknemer/documenten' });
    const list = await screen.findByRole('list', { name: 'Documenten' });
    expect(within(list).getAllByRole('listitem').map(plain)).toEqual([
      'Personeelshandboek 2026Regelingen en beleid · 27 juli 2026 · 2,1 kBDownload Personeelshandboek 2026',
      'ArbeidsovereenkomstContract · 20 oktober 2025 · 1,4 MBDownload Arbeidsovereenkomst',
    ]);
    await user.click(screen.getByRole('button', { name: 'Download Arbeidsovereenkomst' }));
    await waitFor(() => expect(files.saved).toEqual(['arbeidsovereenkomst.pdf']));
    expect(files.downloads[0]?.url).toBe('/downloads/documents/doc_2');
  });

  it('switches the new-document mail and shows what was saved', async () => {
    let saved = true;
    const answer = deferred<Reply>();
    const server = mockPortal({
      EmployeeDocuments: () => documents(saved),
      EmployeeSetDocumentNotifications: async (r) => {
        await answer.promise;
        saved = (r.variables['input'] as { enabled: boolean }).enabled;
        return { data: { setDocumentNotifications: { __typename: 'SetDocumentNotificationsPayload', enabled: saved, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: '/werknemer/documenten' });
    const mail = await screen.findByRole('switch', { name: 'Mail me bij een nieuw document' });
    expect(mail).toBeChecked();
    expect(mail).toHaveAccessibleDescription(/Je krijgt dan een e-mail/);

    await user.click(mail);
    // While it is being saved the switch shows the new position.
    expect(mail).not.toBeChecked();
    answer.resolve({});
    expect(await screen.findByText('Opgeslagen: je krijgt geen e-mail meer bij een nieuw document.')).toBeInTheDocument();
    expect(server.calls('EmployeeSetDocumentNotifications')[0]?.variables).toEqual({ input: { enabled: false } });
    // The saved state comes back from the server (graphcache drops the old value).
    await waitFor(() => expect(server.calls('EmployeeDocuments').length).toBeGreaterThanOrEqual(2));
    expect(mail).not.toBeChecked();
  });

  it('flips back and says so when saving fails', async () => {
    mockPortal({ EmployeeDocuments: () => documents(false), EmployeeSetDocumentNotifications: () => 'networkError' });
    const { user } = await renderApp({ path: '/werknemer/documenten' });
    const mail = await screen.findByRole('switch', { name: 'Mail me bij een nieuw document' });
    await user.click(mail);
    expect(await screen.findByRole('alert')).toHaveTextContent('Werkportaal is niet bereikbaar.');
    expect(mail).not.toBeChecked();
  });
});
