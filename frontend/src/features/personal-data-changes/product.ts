/** The product *Persoonsgegevens wijzigen* (server/product CodePersonalDataEdit): its pages show only with it. */
export const PERSONAL_DATA_EDIT = 'MIJNLOKET_PERSONAL_DATA_EDIT';
