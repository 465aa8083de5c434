import type nl from './messages.nl.json';

declare module '../../i18n/catalogue' {
  interface MessageCatalogues {
    'leave-scheme': typeof nl;
  }
}
