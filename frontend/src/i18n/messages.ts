import type nl from './messages.nl.json';

declare module './catalogue' {
  interface MessageCatalogues {
    i18n: typeof nl;
  }
}
