import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { dutchMessages, entryCatalogueFilesForTest, mergeCatalogues } from './catalogue';

type Catalogue = Record<string, string>;

// Every catalogue, whether it ships in the entry chunk (catalogue.ts) or with the admin area.
const dutchFiles = import.meta.glob<Catalogue>('../**/messages.nl.json', { eager: true, import: 'default' });
const englishFiles = import.meta.glob<Catalogue>('../**/messages.en.json', { import: 'default' });
const englishPath = (dutchPath: string) => dutchPath.replace(/messages\.nl\.json$/, 'messages.en.json');
const typePath = (dutchPath: string) => dutchPath.replace(/messages\.nl\.json$/, 'messages.ts');
const typeFiles = import.meta.glob('../**/messages.ts');

async function english(dutchPath: string): Promise<Catalogue> {
  const load = englishFiles[englishPath(dutchPath)];
  if (!load) throw new Error(`${englishPath(dutchPath)} is missing`);
  return load();
}

/** Argument names and rich-text tags of an ICU message, sorted: {name}, {count, plural, …}, <b>…</b>. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          found.add(`{${element.value}}`);
          break;
        case TYPE.select:
        case TYPE.plural:
          found.add(`{${element.value}}`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          found.add(`<${element.value}>`);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

describe('message catalogues', () => {
  const paths = Object.keys(dutchFiles).sort();

  it('are found in every folder that has texts', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '../components/messages.nl.json',
        '../features/admin/messages.nl.json',
        '../features/auth/messages.nl.json',
        './messages.nl.json',
        '../lib/graphql/messages.nl.json',
      ]),
    );
  });

  it.each(paths)('%s has an English twin with the same ids and placeholders', async (path) => {
    const nl = dutchFiles[path]!;
    const en = await english(path);
    expect(Object.keys(en).sort(), `${englishPath(path)} must translate exactly the Dutch ids`).toEqual(
      Object.keys(nl).sort(),
    );
    for (const [id, message] of Object.entries(nl)) {
      expect(message.trim(), `${id} is empty`).not.toBe('');
      expect(placeholders(en[id]!), `placeholders of ${id}`).toEqual(placeholders(message));
    }
  });

  it.each(paths)('%s is registered for the type checker in a messages.ts beside it', (path) => {
    expect(Object.keys(typeFiles)).toContain(typePath(path));
  });

  it('never define the same id twice', () => {
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const path of paths) {
      for (const id of Object.keys(dutchFiles[path]!)) {
        const first = seen.get(id);
        if (first) collisions.push(`${id}: ${first} and ${path}`);
        else seen.set(id, path);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('put only the shared and the employee sign-in texts in the entry chunk', () => {
    const entry = Object.keys(entryCatalogueFilesForTest.nl).sort();
    // R24: the employee sign-in page's JavaScript budget. Every other text comes with its lazy chunk
    // (see catalogue.ts): the staff area, the admin area, the portal's pages, the public pages.
    expect(entry).toEqual(
      paths.filter(
        (p) =>
          /^(\.\/|\.\.\/(components|lib)\/|\.\.\/features\/employee-auth\/)/.test(p) &&
          !/^\.\.\/(components\/(password|calendar)|lib\/download|lib\/graphql\/domain)\//.test(p),
      ),
    );
    expect(Object.keys(entryCatalogueFilesForTest.en).sort()).toEqual(entry.map(englishPath));
    expect(entry).not.toContain('../features/admin/messages.nl.json');
    expect(entry).not.toContain('../features/auth/messages.nl.json');
    expect(entry.filter((p) => p.startsWith('../features/') && !p.startsWith('../features/employee-auth/'))).toEqual([]);
  });

  it('merge into one Dutch catalogue', () => {
    expect(dutchMessages['employeeAuth.login.title']).toBe('Inloggen');
    expect(dutchMessages['language.en']).toBe('English');
    expect(mergeCatalogues({ a: { x: '1' }, b: { y: '2' } })).toEqual({ x: '1', y: '2' });
  });
});
