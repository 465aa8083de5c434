import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LocaleProvider } from './LocaleProvider';
import { loadMessages, type Locale } from './locale';

function Title() {
  return <h1>{useIntl().formatMessage({ id: 'employeeAuth.login.title' })}</h1>;
}

async function renderWith(locale: Locale) {
  render(
    <LocaleProvider initialLocale={locale} initialMessages={await loadMessages(locale)}>
      <Title />
      <LanguageSwitcher />
    </LocaleProvider>,
  );
}

describe('LocaleProvider', () => {
  it('starts in the given language and sets <html lang>', async () => {
    await renderWith('nl');
    expect(screen.getByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches language, follows with <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderWith('nl');

    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish).toHaveAttribute('lang', 'en');
    await user.click(toEnglish);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('wp.locale')).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem('wp.locale')).toBe('nl');
  });
});
