import type nl from './messages.nl.json';

declare module '../../i18n/catalogue' {
  interface MessageCatalogues {
    'staff-account': typeof nl;
  }
}
