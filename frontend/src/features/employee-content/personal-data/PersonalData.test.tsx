import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const personalData = {
  data: {
    me: {
      __typename: 'EmployeeMe',
      personalData: {
        __typename: 'PersonalData',
        initials: 'J.',
        firstName: 'Jan',
        lastNamePrefix: '',
        lastName: 'Jansen',
        fullName: 'Jan Jansen',
        birthDate: '1962-12-26',
        privateEmail: 'jan_jansen@gmail.com',
        phone: null,
        employments: [
          {
            __typename: 'Employment',
            id: 'dvb_18',
            employeeNumber: 18,
            jobTitle: 'Commercieel medewerker binnendienst',
            startDate: '2015-08-12',
            endDate: null,
            inService: true,
          },
        ],
      },
    },
  },
};

describe('persoonsgegevens', () => {
  it('shows the data read-only', async () => {
    mockPortal({ EmployeePersonalData: () => personalData });
    await renderApp({ path: '/werknemer/persoonsgegevens' });
    const person = await screen.findByRole('region', { name: 'Persoon' });
    expect(within(person).getAllByRole('definition').map(plain)).toEqual(['Jan Jansen', 'J.', 'Jan', 'Jansen', '26 december 1962']);
    const contact = screen.getByRole('region', { name: 'Contactgegevens' });
    expect(within(contact).getAllByRole('definition').map(plain)).toEqual(['jan_jansen@gmail.com', 'Niet bekend']);
    expect(screen.getByRole('heading', { name: 'Commercieel medewerker binnendienst' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('speaks English when chosen: the content texts come with their own chunk', async () => {
    mockPortal({ EmployeePersonalData: () => personalData });
    await renderApp({ path: '/werknemer/persoonsgegevens', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Personal data' })).toBeInTheDocument();
    const person = await screen.findByRole('region', { name: 'Person' });
    expect(within(person).getByText('26 December 1962')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Parts of your work portal' })).toBeInTheDocument();
  });
});
