import type nl from './messages.nl.json';

/*
 * The error texts of the signed-in pages' own codes (leave, absence, claims, preboarding, payroll
 * sync, admin tasks …). Not in the entry chunk like the texts of ../messages.*.json, which the sign-in
 * and public pages need: the portal's and the admin area's chunks bring them
 * (employee-content/ContentMessages.tsx, admin/AdminMessages.tsx), for the employee sign-in page's
 * JavaScript budget (R24).
 */
declare module '../../../i18n/catalogue' {
  interface MessageCatalogues {
    domainErrors: typeof nl;
  }
}
