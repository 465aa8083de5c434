import type { RefObject } from 'react';
import { useIntl } from 'react-intl';
import { DatePartsField } from '../../components/ui/DateInput';
import type { DatePart, DateParts } from './birthDate';

export interface BirthDateFieldProps {
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** The message under the field, when the date is not right; `errorPart` gets the focus ring. */
  error?: string | null;
  errorPart?: DatePart | null;
  /** Receives the inputs, so the page can focus the one that needs attention. */
  inputRefs?: RefObject<Partial<Record<DatePart, HTMLInputElement | null>>>;
}

/**
 * Geboortedatum: the product's one date input (components/ui DateInput, dd-mm-jjjj in three
 * boxes) with the birth date's autofill and no calendar (scrolling back decades helps nobody).
 */
export function BirthDateField(props: BirthDateFieldProps) {
  const intl = useIntl();
  return (
    <DatePartsField
      {...props}
      name="birthDate"
      birthDate
      label={intl.formatMessage({ id: 'employeeInvitation.birthDate.label' })}
      hint={intl.formatMessage({ id: 'employeeInvitation.birthDate.hint' })}
    />
  );
}
