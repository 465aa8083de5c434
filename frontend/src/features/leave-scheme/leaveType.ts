import type { CreateLeaveTypeInput, LeaveAccrual, LeaveCategory, UpdateLeaveTypeInput } from '../../gql/graphql';
import { hoursText, parseHours, parseWhole } from './hours';

export const CATEGORIES: LeaveCategory[] = ['STATUTORY', 'EXTRA_STATUTORY', 'WORKING_TIME_REDUCTION', 'SENIORITY', 'OTHER'];
export const ACCRUALS: LeaveAccrual[] = ['YEARLY', 'MONTHLY'];

/** Statutory leave: four times the weekly hours a year (art. 7:634 BW), kept at least until 1 July after the year (art. 7:640a BW). */
export const STATUTORY_WEEKS = 4;
export const STATUTORY_EXPIRY_MONTHS = 6;
/** Extra-statutory leave lapses five years after the year (art. 7:642 BW). */
export const EXTRA_STATUTORY_EXPIRY_MONTHS = 60;

export interface LeaveTypeData {
  id: string;
  name: string;
  category: LeaveCategory;
  vacation: boolean;
  weeksPerYear: number;
  accrual: LeaveAccrual;
  expiryMonths?: number | null;
  sortOrder: number;
  requestable: boolean;
  allowNegative: boolean;
}

/** The form's state: the numbers as typed. */
export interface TypeDraft {
  name: string;
  category: LeaveCategory;
  vacation: boolean;
  weeks: string;
  accrual: LeaveAccrual;
  expires: boolean;
  expiryMonths: string;
  sortOrder: string;
  requestable: boolean;
  allowNegative: boolean;
}

/** The fields of the form, named as the form's inputs (and the server's `field`, mapped by fieldOf). */
export type DraftField = 'name' | 'weeks' | 'expiryMonths' | 'sortOrder';
export type DraftProblem = 'name' | 'weeks' | 'statutoryWeeks' | 'expiry' | 'statutoryExpiry' | 'sortOrder';

/** What the kind of leave suggests when it is chosen for a new type (R28). */
export function categoryDefaults(category: LeaveCategory, locale: string): Partial<TypeDraft> {
  switch (category) {
    case 'STATUTORY':
      return { vacation: true, weeks: hoursText(STATUTORY_WEEKS, locale), expires: true, expiryMonths: String(STATUTORY_EXPIRY_MONTHS) };
    case 'EXTRA_STATUTORY':
      return { vacation: true, expires: true, expiryMonths: String(EXTRA_STATUTORY_EXPIRY_MONTHS) };
    default:
      return { vacation: false };
  }
}

export function newDraft(locale: string): TypeDraft {
  return {
    name: '',
    category: 'OTHER',
    vacation: false,
    weeks: '0',
    accrual: 'YEARLY',
    expires: false,
    expiryMonths: '',
    sortOrder: '100',
    requestable: true,
    allowNegative: false,
    ...categoryDefaults('OTHER', locale),
  };
}

export function draftOf(t: LeaveTypeData, locale: string): TypeDraft {
  return {
    name: t.name,
    category: t.category,
    vacation: t.vacation,
    weeks: hoursText(t.weeksPerYear, locale),
    accrual: t.accrual,
    expires: t.expiryMonths != null,
    expiryMonths: t.expiryMonths != null ? String(t.expiryMonths) : '',
    sortOrder: String(t.sortOrder),
    requestable: t.requestable,
    allowNegative: t.allowNegative,
  };
}

/** What is wrong with the draft before it is sent, per field (the server checks the same, R28). */
export function draftProblems(d: TypeDraft): Partial<Record<DraftField, DraftProblem>> {
  const out: Partial<Record<DraftField, DraftProblem>> = {};
  const name = d.name.trim();
  if (name === '' || [...name].length > 60) out.name = 'name';
  const weeks = parseHours(d.weeks);
  if (weeks === null || weeks > 52) out.weeks = 'weeks';
  else if (d.category === 'STATUTORY' && weeks !== STATUTORY_WEEKS) out.weeks = 'statutoryWeeks';
  if (d.expires) {
    const months = parseWhole(d.expiryMonths);
    if (months === null || months < 1 || months > 1200) out.expiryMonths = 'expiry';
    else if (d.category === 'STATUTORY' && months < STATUTORY_EXPIRY_MONTHS) out.expiryMonths = 'statutoryExpiry';
  }
  const order = parseWhole(d.sortOrder);
  if (order === null) out.sortOrder = 'sortOrder';
  return out;
}

export function createInput(employerId: string, d: TypeDraft): CreateLeaveTypeInput {
  return {
    employerId,
    name: d.name.trim(),
    category: d.category,
    vacation: d.vacation,
    weeksPerYear: parseHours(d.weeks) ?? 0,
    accrual: d.accrual,
    ...(d.expires ? { expiryMonths: parseWhole(d.expiryMonths) ?? 0 } : {}),
    sortOrder: parseWhole(d.sortOrder) ?? 100,
    requestable: d.requestable,
    allowNegative: d.allowNegative,
  };
}

/** Every field as the form shows it; the category stays (the server refuses to change it). */
export function updateInput(id: string, d: TypeDraft): UpdateLeaveTypeInput {
  return {
    id,
    name: d.name.trim(),
    vacation: d.vacation,
    weeksPerYear: parseHours(d.weeks) ?? 0,
    accrual: d.accrual,
    ...(d.expires ? { expiryMonths: parseWhole(d.expiryMonths) ?? 0 } : { neverExpires: true }),
    sortOrder: parseWhole(d.sortOrder) ?? 100,
    requestable: d.requestable,
    allowNegative: d.allowNegative,
  };
}

/** The form field a server userError points at (["input", "weeksPerYear"] → weeks). */
export function fieldOf(path: readonly string[] | null | undefined): DraftField | null {
  switch (path?.at(-1)) {
    case 'name':
      return 'name';
    case 'weeksPerYear':
      return 'weeks';
    case 'expiryMonths':
      return 'expiryMonths';
    case 'sortOrder':
      return 'sortOrder';
    default:
      return null;
  }
}

/** The day the hours of accrual year `year` expire, `months` after the year: 6 → 1 July of the next year. */
export function expiryDate(year: number, months: number): Date {
  return new Date(year + 1, months, 1);
}
