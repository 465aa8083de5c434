/*
 * File sizes for people, on the staff and the employee pages: 512 byte, 2,1 kB, 1,4 MB (Dutch).
 *
 * The two sides still count differently, and their tests say so: the staff's upload counts kilobytes
 * of 1024 as file managers do (its limit is 10 MiB, shown as "10 MB") and writes whole numbers from
 * 10 on; the employee's documents count kilobytes of 1000 with one decimal. Choosing one is a
 * product decision, not a refactor: then only the defaults change.
 */

export type FileSizeUnit = 'byte' | 'kilobyte' | 'megabyte';

export interface FileSizeStyle {
  /** Bytes in a kilobyte: 1000 (the employee's documents) or 1024 (the staff's upload). */
  base?: 1000 | 1024;
  /** From this value on no decimal is shown (the staff's 12 kB); by default one always may be. */
  wholeFrom?: number;
}

/** A file size in the unit that reads best. */
export function fileSize(bytes: number, base: 1000 | 1024 = 1000): { value: number; unit: FileSizeUnit } {
  if (bytes < base) return { value: bytes, unit: 'byte' };
  if (bytes < base * base) return { value: bytes / base, unit: 'kilobyte' };
  return { value: bytes / (base * base), unit: 'megabyte' };
}

/** A file size written in `locale`, with the unit's short name. */
export function formatFileSize(bytes: number, locale: string, { base = 1000, wholeFrom = Infinity }: FileSizeStyle = {}): string {
  const { value, unit } = fileSize(bytes, base);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' || value >= wholeFrom ? 0 : 1,
  }).format(value);
}
