import { describe, expect, it } from 'vitest';
import { fileSize, formatFileSize } from './fileSize';

describe('file sizes', () => {
  // The employee's documents: kilobytes of 1000 (the default). The staff's style is tested in features/documents/files.test.ts.
  it('pick a unit', () => {
    expect(fileSize(512)).toEqual({ value: 512, unit: 'byte' });
    expect(fileSize(2115)).toEqual({ value: 2.115, unit: 'kilobyte' });
    expect(fileSize(1_400_000)).toEqual({ value: 1.4, unit: 'megabyte' });
    expect(formatFileSize(2115, 'nl-NL')).toBe('2,1 kB');
    expect(formatFileSize(1_400_000, 'nl-NL')).toBe('1,4 MB');
  });
});
