import { describe, expect, it } from 'vitest';
import * as lists from './wordlists.generated';

// The server's lists, read at test time (the Go binary embeds the same files).
const serverFiles = import.meta.glob<string>('../../../../server/auth/strength/lists/nl_*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const serverList = (file: string) => {
  const text = serverFiles[`../../../../server/auth/strength/lists/${file}`];
  if (text === undefined) throw new Error(`no server list ${file}`);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .join('\n');
};

describe('the meter’s word lists', () => {
  it.each([
    ['nlPasswords', 'nl_passwords.txt'],
    ['nlWords', 'nl_words.txt'],
    ['nlFirstNames', 'nl_first_names.txt'],
    ['nlSurnames', 'nl_surnames.txt'],
    ['nlPlaces', 'nl_places.txt'],
  ] as const)('%s equals the server’s %s (else run generate-wordlists.mjs)', (name, file) => {
    expect(lists[name]).toBe(serverList(file));
  });

  it('has the top of zxcvbn’s lists', () => {
    expect(lists.zxcvbnPasswords.split('\n').slice(0, 3)).toEqual(['123456', 'password', '12345678']);
    expect(lists.englishWords.split('\n')[0]).toBe('the');
  });
});
