import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferred, mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { adminViewer, ALL_RIGHTS, EMPLOYER_ID, employerHandler, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/documenten`;
const payrollViewer = { ...adminViewer, rights: [...ALL_RIGHTS, 'MANAGE_PAYROLL_DATA'] };

function doc(id: string, title: string, visible: boolean, regulation = false) {
  return {
    __typename: 'Document',
    id,
    title,
    category: 'POLICY',
    fileName: `${title.toLowerCase()}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 1_258_291,
    createdAt: '2026-07-27T10:00:00Z',
    visibleToEmployee: visible,
    regulation,
    downloadUrl: `/downloads/documents/${id}`,
  };
}

function list(docs: ReturnType<typeof doc>[]): ReturnType<Handler> {
  return {
    data: {
      employer: {
        __typename: 'Employer',
        id: EMPLOYER_ID,
        documents: {
          __typename: 'DocumentConnection',
          totalCount: docs.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 's', endCursor: 'e' },
          edges: docs.map((node) => ({ __typename: 'DocumentEdge', node })),
        },
      },
    },
  };
}

const payload = (typename: string, document: ReturnType<typeof doc> | null, notifiedCount: number, codes: string[] = []) => ({
  __typename: typename,
  document,
  notifiedCount,
  userErrors: codes.map((code) => ({ __typename: 'UserError', field: ['input', 'file'], code, message: 'English text from the server' })),
});

/** The hidden input behind "Bestand kiezen" (React Aria's FileTrigger). */
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

function pdf(name = 'handboek.pdf', size?: number) {
  const file = new File(['%PDF-1.4 test'], name, { type: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('documents for all employees', () => {
  it('shows each document with its size and visibility, and says how many employees were mailed when one is shown (R26)', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(payrollViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerDocuments: () => list([doc('doc_1', 'Personeelshandboek', false), doc('doc_2', 'Verzuimprotocol', true)]),
      AdminSetDocumentVisibility: (request) => {
        const input = request.variables['input'] as { documentId: string; visibleToEmployee: boolean };
        return { data: { setDocumentVisibility: payload('DocumentPayload', doc(input.documentId, 'Personeelshandboek', input.visibleToEmployee), 2) } };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    const handbook = (await screen.findByRole('heading', { level: 3, name: 'Personeelshandboek' }, LOADED)).closest('li')!;
    expect(handbook).toHaveTextContent('Regeling of beleid');
    expect(handbook).toHaveTextContent('personeelshandboek.pdf');
    expect(handbook).toHaveTextContent('1,2 MB');
    const toggle = within(handbook).getByRole('switch', { name: 'Personeelshandboek: zichtbaar voor werknemers' });
    expect(toggle).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Verzuimprotocol: zichtbaar voor werknemers' })).toBeChecked();

    await user.click(toggle);

    expect(
      await screen.findByText(
        '‘Personeelshandboek’ is nu zichtbaar voor de werknemers. 2 werknemers hebben een e-mail gekregen over het nieuwe document.',
      ),
    ).toBeInTheDocument();
    expect(server.calls('AdminSetDocumentVisibility')[0]?.variables).toEqual({ input: { documentId: 'doc_1', visibleToEmployee: true } });
    expect(toggle).toBeChecked();
  });

  it('marks a PDF as a regulation for the assistant and says how many passages it found, or why not (R42)', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(payrollViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerDocuments: () => list([doc('doc_1', 'Personeelshandboek', true), doc('doc_2', 'Scan cao', true)]),
      AdminSetDocumentRegulation: (request) => {
        const input = request.variables['input'] as { documentId: string; regulation: boolean };
        if (input.documentId === 'doc_2') {
          return {
            data: {
              setDocumentRegulation: {
                __typename: 'SetDocumentRegulationPayload',
                document: null,
                passageCount: 0,
                userErrors: [{ __typename: 'UserError', field: ['input', 'documentId'], code: 'NO_TEXT', message: 'no text' }],
              },
            },
          };
        }
        return {
          data: {
            setDocumentRegulation: {
              __typename: 'SetDocumentRegulationPayload',
              document: doc('doc_1', 'Personeelshandboek', true, input.regulation),
              passageCount: 12,
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    const toggle = await screen.findByRole('switch', { name: '‘Personeelshandboek’ is een regeling voor de Assistent bedrijfsregelingen' }, LOADED);
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(await screen.findByText(/‘Personeelshandboek’ is nu een regeling: 12 passages zijn doorzoekbaar/)).toBeInTheDocument();
    expect(server.calls('AdminSetDocumentRegulation')[0]?.variables).toEqual({ input: { documentId: 'doc_1', regulation: true } });
    expect(toggle).toBeChecked();

    await user.click(screen.getByRole('switch', { name: '‘Scan cao’ is een regeling voor de Assistent bedrijfsregelingen' }));
    expect(await screen.findByText(/Uit dit bestand kan geen tekst worden gelezen/)).toBeInTheDocument();
  });

  it('shows a refused switch at the document, in Dutch', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(payrollViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerDocuments: () => list([doc('doc_1', 'Personeelshandboek', true)]),
      AdminSetDocumentVisibility: () => ({ data: null, errors: [{ message: 'forbidden', path: ['setDocumentVisibility'], extensions: { code: 'FORBIDDEN' } }] }),
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('switch', { name: 'Personeelshandboek: zichtbaar voor werknemers' }, LOADED));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Je hebt geen toegang tot deze gegevens.');
    expect(alert).not.toHaveTextContent('forbidden');
    expect(screen.getByRole('switch', { name: 'Personeelshandboek: zichtbaar voor werknemers' })).toBeChecked();
  });

  it('deletes a document after saying what it means for the employees, and lists the rest', async () => {
    let docs = [doc('doc_1', 'Personeelshandboek', true), doc('doc_2', 'Verzuimprotocol', false)];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(payrollViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerDocuments: () => list(docs),
      AdminDeleteDocument: (request) => {
        const { documentId } = request.variables['input'] as { documentId: string };
        docs = docs.filter((d) => d.id !== documentId);
        return { data: { deleteDocument: { __typename: 'DeleteDocumentPayload', deletedDocumentId: documentId, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Personeelshandboek verwijderen' }, LOADED));

    const dialog = await screen.findByRole('alertdialog', { name: 'Personeelshandboek verwijderen?' });
    expect(dialog).toHaveTextContent('De werknemers zien dit document nu in Werkportaal.');
    expect(dialog).toHaveTextContent('personeelshandboek.pdf');
    // Cancelling changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(server.calls('AdminDeleteDocument')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Personeelshandboek verwijderen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Document verwijderen' }));

    expect(await screen.findByText('‘Personeelshandboek’ is verwijderd.')).toBeInTheDocument();
    expect(server.calls('AdminDeleteDocument')[0]?.variables).toEqual({ input: { documentId: 'doc_1' } });
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Personeelshandboek' })).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 3, name: 'Verzuimprotocol' })).toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when the delete is refused', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(payrollViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerDocuments: () => list([doc('doc_1', 'Personeelshandboek', false)]),
      AdminDeleteDocument: () => ({ data: null, errors: [{ message: 'not found', path: ['deleteDocument'], extensions: { code: 'NOT_FOUND' } }] }),
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Personeelshandboek verwijderen' }, LOADED));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Het document en het bestand personeelshandboek.pdf worden uit het dossier verwijderd.');
    await user.click(within(dialog).getByRole('button', { name: 'Document verwijderen' }));
    expect(await within(dialog).findByRole('alert')).not.toHaveTextContent('not found');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('without the right to manage payroll data: no upload form, the switch cannot be changed, and a note says why', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(adminViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerDocuments: () => list([doc('doc_1', 'Personeelshandboek', true)]),
    });
    await renderApp({ path: PAGE });
    expect(await screen.findByRole('switch', { name: 'Personeelshandboek: zichtbaar voor werknemers' }, LOADED)).toBeDisabled();
    expect(screen.getByText(/Documenten toevoegen en zichtbaar maken kan alleen met het recht ‘Salarisgegevens beheren’/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Document toevoegen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Personeelshandboek downloaden/ })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Personeelshandboek verwijderen' })).not.toBeInTheDocument();
  });
});

describe('uploading a document', () => {
  const handlers = (addDocument: Handler) => ({
    StaffRefreshSession: signedIn(payrollViewer),
    AdminEmployer: employerHandler(),
    AdminEmployerDocuments: () => list([]),
    AdminAddDocument: addDocument,
  });

  it('checks title and file before anything is sent', async () => {
    const server = mockGraphqlServer(handlers(() => ({ data: null })));
    const { user } = await renderApp({ path: PAGE });
    const upload = userEvent.setup({ applyAccept: false });
    await screen.findByText('Nog geen documenten', {}, LOADED);

    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Vul een titel in.')).toBeInTheDocument();
    expect(screen.getByText('Kies een bestand.')).toBeInTheDocument();

    await upload.upload(fileInput(), pdf('notities.txt'));
    expect(await screen.findByText('Dit soort bestand kan niet. Kies een PDF, PNG of JPEG.')).toBeInTheDocument();

    await upload.upload(fileInput(), pdf('scan.pdf', 12 * 1024 * 1024));
    expect(await screen.findByText(/Dit bestand is 12 MB; het mag hoogstens 10 MB zijn/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Titel'), 'Scan');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(screen.getByText(/Dit bestand is 12 MB/)).toBeInTheDocument();
    expect(server.calls('AdminAddDocument')).toHaveLength(0);
  });

  it('sends the file as a multipart request and reloads the list', async () => {
    let stored: ReturnType<typeof doc>[] = [];
    const answer = deferred<void>();
    const server = mockGraphqlServer({
      ...handlers(async () => {
        await answer.promise;
        stored = [doc('doc_9', 'Personeelshandboek 2027', false)];
        return { data: { addDocument: payload('DocumentPayload', stored[0]!, 0) } };
      }),
      AdminEmployerDocuments: () => list(stored),
    });
    const { user } = await renderApp({ path: PAGE });
    await screen.findByText('Nog geen documenten', {}, LOADED);

    await user.type(screen.getByLabelText('Titel'), 'Personeelshandboek 2027');
    await user.upload(fileInput(), pdf('handboek-2027.pdf'));
    expect(screen.getByText(/Gekozen: handboek-2027\.pdf/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByRole('button', { name: 'Bezig met uploaden…' })).toBeInTheDocument();
    answer.resolve();

    expect(await screen.findByText('‘Personeelshandboek 2027’ is toegevoegd en is nog niet zichtbaar voor werknemers.')).toBeInTheDocument();
    const [request] = server.calls('AdminAddDocument');
    expect(request?.multipart).toBe(true);
    const input = request?.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({ employerId: EMPLOYER_ID, title: 'Personeelshandboek 2027', category: 'POLICY', visibleToEmployee: false });
    expect(input).not.toHaveProperty('personId');
    expect((input['file'] as File).name).toBe('handboek-2027.pdf');
    await waitFor(() => expect(server.calls('AdminEmployerDocuments').length).toBeGreaterThanOrEqual(2));
    expect(await screen.findByRole('heading', { level: 3, name: 'Personeelshandboek 2027' })).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('');
  });

  it.each([
    ['UNSUPPORTED_FILE_TYPE', 'Het bestand is geen echte PDF, PNG of JPEG. Sla het opnieuw op als PDF en probeer het nog eens.'],
    ['FILE_TOO_LARGE', 'Het bestand is te groot: hoogstens 10 MB.'],
  ])('explains the server refusing a file with %s at the file field', async (code, text) => {
    mockGraphqlServer(handlers(() => ({ data: { addDocument: payload('DocumentPayload', null, 0, [code]) } })));
    const { user } = await renderApp({ path: PAGE });
    await screen.findByText('Nog geen documenten', {}, LOADED);
    await user.type(screen.getByLabelText('Titel'), 'Scan');
    await user.upload(fileInput(), pdf('scan.pdf'));
    await user.click(screen.getByRole('checkbox', { name: 'Direct zichtbaar voor werknemers' }));
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.queryByText(/English text/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveValue('Scan');
  });
});
