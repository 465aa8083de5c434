import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type CapturedRequest } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employmentsPage, signedIn } from '../../test/adminData';

const outcome = (n: number, name: string, reason: string | null = null) => ({
  __typename: 'CollectiveOutcome',
  personId: `per_${n}`,
  fullName: name,
  employeeNumber: n,
  reason,
  // Where the invitation goes: the server says so for the persons a grant takes.
  inviteTo: reason ? null : `${name.split(' ')[0]!.toLowerCase()}@voorbeeld.nl`,
});

function grantAnswer(request: CapturedRequest) {
  const input = request.variables['input'] as { dryRun: boolean; personIds?: string[] };
  const taken = input.dryRun ? [outcome(3, 'Stefan Maas'), outcome(8, 'Milan Pinas')] : (input.personIds ?? []).map((id) => outcome(Number(id.slice(4)), id === 'per_3' ? 'Stefan Maas' : 'Milan Pinas'));
  const skipped = input.dryRun ? [outcome(21, 'Eva Yılmaz', 'NO_EMAIL')] : [];
  return {
    data: {
      collectiveGrantAccess: {
        __typename: 'CollectiveAccessPayload',
        dryRun: input.dryRun,
        takenCount: taken.length,
        skippedCount: skipped.length,
        taken,
        skipped,
        userErrors: [],
      },
    },
  };
}

describe('Collectieve mutaties → ESS → Toegang verstrekken', () => {
  it('previews everyone matching the filters, then grants exactly the persons the preview took', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployments: () => employmentsPage([{ n: 3, name: 'Stefan Maas' }], { totalCount: 36 }),
      AdminCollectiveGrant: grantAnswer,
    });
    const { user } = await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}/collectief/toegang-verstrekken?dienst=in` });

    expect(await screen.findByText('36 dienstverbanden voldoen aan deze filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));

    const preview = await screen.findByRole('region', { name: '2. Controleer wie er worden meegenomen' });
    expect(server.calls('AdminCollectiveGrant')[0]?.variables).toEqual({
      input: { employerId: EMPLOYER_ID, filter: { service: 'IN_SERVICE' }, dryRun: true },
    });
    expect(preview).toHaveTextContent('Er is nog niets gewijzigd.');
    expect(within(preview).getByRole('region', { name: 'Overgeslagen (1)' })).toHaveTextContent('Geen e-mailadres bekend');
    // The preview lists where each invitation goes (R5).
    const takenTable = within(within(preview).getAllByRole('table')[0]!);
    expect(takenTable.getByRole('columnheader', { name: 'Uitnodiging naar' })).toBeInTheDocument();
    expect(takenTable.getByRole('row', { name: /Milan Pinas/ })).toHaveTextContent('milan@voorbeeld.nl');

    await user.click(within(preview).getByRole('button', { name: '2 werknemers uitnodigen…' }));
    const dialog = screen.getByRole('alertdialog', { name: '2 werknemers toegang verstrekken?' });
    expect(dialog).toHaveTextContent('2 werknemers krijgen een e-mail met een persoonlijke link');
    expect(dialog).toHaveTextContent('1 werknemer wordt overgeslagen');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodigingen versturen' }));

    const result = await screen.findByRole('region', { name: '3. Resultaat' });
    expect(await within(result).findByText('Klaar. 2 werknemers hebben een uitnodiging gekregen; 1 is overgeslagen.')).toBeInTheDocument();
    expect(server.calls('AdminCollectiveGrant')[1]?.variables).toEqual({
      input: { employerId: EMPLOYER_ID, personIds: ['per_3', 'per_8'], dryRun: false },
    });
    const csv = within(result).getByRole('link', { name: 'Resultaat downloaden (CSV)' });
    expect(csv).toHaveAttribute('download', expect.stringMatching(/^toegang-verstrekken-23735-\d{4}-\d{2}-\d{2}\.csv$/));
    // The selection is summarised, no longer editable.
    expect(screen.queryByRole('button', { name: 'Voorbeeld bekijken' })).not.toBeInTheDocument();
  });

  it('sends everyone as an empty filter, and picked persons as their IDs', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployments: () => employmentsPage([{ n: 3, name: 'Stefan Maas' }, { n: 8, name: 'Milan Pinas' }], { totalCount: 2 }),
      AdminCollectiveGrant: grantAnswer,
    });
    const { user } = await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}/collectief/toegang-verstrekken` });
    await screen.findByText('2 dienstverbanden voldoen aan deze filters.');
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    await screen.findByRole('region', { name: '2. Controleer wie er worden meegenomen' });
    expect(server.calls('AdminCollectiveGrant')[0]?.variables).toEqual({ input: { employerId: EMPLOYER_ID, filter: {}, dryRun: true } });

    await user.click(screen.getByRole('button', { name: 'Selectie aanpassen' }));
    await user.click(screen.getByRole('radio', { name: 'Zelf werknemers kiezen' }));
    await user.click(await screen.findByRole('button', { name: 'Voorbeeld bekijken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies eerst een of meer werknemers in de lijst.');
    await user.click(screen.getByRole('row', { name: /Milan Pinas/ }));
    expect(screen.getByText('1 werknemer gekozen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    await screen.findByRole('region', { name: '2. Controleer wie er worden meegenomen' });
    expect(server.calls('AdminCollectiveGrant')[1]?.variables).toEqual({ input: { employerId: EMPLOYER_ID, personIds: ['per_8'], dryRun: true } });
  });

});

describe('Collectieve mutaties → ESS → Toegang blokkeren', () => {
  it('asks an optional reason for the trail and sends it with the run, not with the preview (R6, R7)', async () => {
    const blockAnswer = (request: CapturedRequest) => {
      const input = request.variables['input'] as { dryRun: boolean };
      const taken = [outcome(3, 'Stefan Maas', null)].map((o) => ({ ...o, inviteTo: null }));
      return {
        data: {
          collectiveBlock: {
            __typename: 'CollectiveAccessPayload',
            dryRun: input.dryRun,
            takenCount: 1,
            skippedCount: 0,
            taken,
            skipped: [],
            userErrors: [],
          },
        },
      };
    };
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployments: () => employmentsPage([{ n: 3, name: 'Stefan Maas' }], { totalCount: 1 }),
      AdminCollectiveBlock: blockAnswer,
    });
    const { user } = await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}/collectief/toegang-blokkeren` });
    await screen.findByText('1 dienstverband voldoet aan deze filters.');
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    const preview = await screen.findByRole('region', { name: '2. Controleer wie er worden meegenomen' });
    expect(server.calls('AdminCollectiveBlock')[0]?.variables).toEqual({ input: { employerId: EMPLOYER_ID, filter: {}, dryRun: true } });

    await user.click(within(preview).getByRole('button', { name: 'Toegang van 1 werknemer blokkeren…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Toegang van 1 werknemer blokkeren?' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reden (niet verplicht)' });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('De werknemers krijgen deze reden niet te zien.'));
    await user.type(reason, '  Einde seizoen  ');
    await user.click(within(dialog).getByRole('button', { name: 'Toegang blokkeren' }));

    const result = await screen.findByRole('region', { name: '3. Resultaat' });
    expect(await within(result).findByText(/^Klaar\. De toegang van 1 werknemer is geblokkeerd/)).toBeInTheDocument();
    expect(server.calls('AdminCollectiveBlock')[1]?.variables).toEqual({
      input: { employerId: EMPLOYER_ID, personIds: ['per_3'], dryRun: false },
      reason: 'Einde seizoen',
    });
  });
});
