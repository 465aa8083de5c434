import type nl from './messages.nl.json';

declare module '../../../i18n/catalogue' {
  interface MessageCatalogues {
    'auth-secondfactor': typeof nl;
  }
}
