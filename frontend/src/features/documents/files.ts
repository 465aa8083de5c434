import { formatFileSize, type FileSizeStyle } from '../../lib/format/fileSize';
import type { DocumentCategory } from '../../gql/graphql';

/** The largest document the server accepts (portal.MaxDocumentSize): 10 MiB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The media types the server accepts (it checks the bytes, too). */
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

/** For the file chooser: types and extensions. */
export const ACCEPT = [...ACCEPTED_TYPES, '.pdf', '.png', '.jpg', '.jpeg'];

export const DOCUMENT_CATEGORIES: readonly DocumentCategory[] = ['CONTRACT', 'CORRESPONDENCE', 'PAYROLL', 'ABSENCE', 'POLICY', 'OTHER'];

/** The longest title the server accepts. */
export const MAX_TITLE_LENGTH = 200;

export type FileProblem = 'missing' | 'empty' | 'tooLarge' | 'unsupportedType';

const EXTENSIONS: Record<string, (typeof ACCEPTED_TYPES)[number]> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * What is wrong with a chosen file before it is sent, or null: none chosen, empty, over 10 MiB, or
 * not a PDF, PNG or JPEG (by its media type, or its extension when the browser gives no type). The
 * server checks again, on the file's own bytes.
 */
export function fileProblem(file: Pick<File, 'name' | 'size' | 'type'> | null | undefined): FileProblem | null {
  if (!file) return 'missing';
  const type = file.type || EXTENSIONS[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';
  if (!(ACCEPTED_TYPES as readonly string[]).includes(type)) return 'unsupportedType';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'tooLarge';
  return null;
}

/** How the staff pages write a file size: kilobytes of 1024 as file managers show them, one decimal below 10. */
const STAFF_FILE_SIZES: FileSizeStyle = { base: 1024, wholeFrom: 10 };

/** A file size for people: 512 bytes, 12 kB, 1,2 MB (Dutch), in the staff pages' style. */
export function formatSize(bytes: number, locale: string): string {
  return formatFileSize(bytes, locale, STAFF_FILE_SIZES);
}
