import { describe, expect, it } from 'vitest';
import { fileProblem, formatSize, MAX_DOCUMENT_BYTES } from './files';

const file = (name: string, size: number, type: string) => ({ name, size, type });

describe('checking a file before upload', () => {
  it('accepts PDF, PNG and JPEG up to 10 MiB', () => {
    expect(fileProblem(file('contract.pdf', 1234, 'application/pdf'))).toBeNull();
    expect(fileProblem(file('scan.PNG', 1234, 'image/png'))).toBeNull();
    expect(fileProblem(file('foto.jpeg', MAX_DOCUMENT_BYTES, 'image/jpeg'))).toBeNull();
  });

  it('goes by the extension when the browser gives no type', () => {
    expect(fileProblem(file('scan.JPG', 10, ''))).toBeNull();
    expect(fileProblem(file('notities.txt', 10, ''))).toBe('unsupportedType');
  });

  it('refuses what the server would refuse, with a reason', () => {
    expect(fileProblem(null)).toBe('missing');
    expect(fileProblem(file('leeg.pdf', 0, 'application/pdf'))).toBe('empty');
    expect(fileProblem(file('groot.pdf', MAX_DOCUMENT_BYTES + 1, 'application/pdf'))).toBe('tooLarge');
    expect(fileProblem(file('brief.docx', 10, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))).toBe(
      'unsupportedType',
    );
    expect(fileProblem(file('plaatje.gif', 10, 'image/gif'))).toBe('unsupportedType');
  });
});

describe('file sizes', () => {
  const nl = (bytes: number) => formatSize(bytes, 'nl-NL').replace(/\s/g, ' ');
  it('read naturally in Dutch', () => {
    expect(nl(512)).toBe('512 byte');
    expect(nl(1536)).toBe('1,5 kB');
    expect(nl(12 * 1024 + 100)).toBe('12 kB');
    expect(nl(1_258_291)).toBe('1,2 MB');
    expect(nl(MAX_DOCUMENT_BYTES)).toBe('10 MB');
  });

  it('and in English', () => {
    expect(formatSize(1_258_291, 'en')).toBe('1.2 MB');
  });
});
