import type nl from './messages.nl.json';

declare module '../../i18n/catalogue' {
  interface MessageCatalogues {
    preboarding: typeof nl;
  }
}
