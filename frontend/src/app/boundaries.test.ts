import { describe, expect, it } from 'vitest';

/*
 * Who may import whom, so the staff and employee areas can grow in parallel and the employee chunk
 * never pulls in staff or admin code:
 *
 * - components/, lib/, i18n/ are shared: they import nothing from features/ or app/;
 * - features/employee-* never import features/auth or features/admin (the staff side);
 * - features/auth and features/admin never import features/employee-*.
 *
 * Tests are exempt (they may wire areas together).
 */

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../gql/**', '!../**/*.test.{ts,tsx}', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `../features/admin/x` seen from `../features/employee-auth/y.tsx` → `features/admin/x`. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const parts = from.replace(/^\.\.\//, '').split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function imports(path: string, code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const target = resolve(path, match[1]!);
    if (target) found.push(target);
  }
  return found;
}

const rules: Array<{ from: RegExp; forbidden: RegExp; why: string }> = [
  { from: /^(components|lib|i18n)\//, forbidden: /^(features|app)\//, why: 'shared code must not depend on a feature' },
  { from: /^features\/employee-/, forbidden: /^features\/(auth|admin)(\/|$)/, why: 'the employee area must not load staff code' },
  { from: /^features\/(auth|admin)\//, forbidden: /^features\/employee-/, why: 'the staff area must not load employee code' },
];

describe('import boundaries', () => {
  it('found the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('are respected', () => {
    const violations: string[] = [];
    for (const [path, code] of Object.entries(sources)) {
      const file = path.replace(/^\.\.\//, '');
      for (const target of imports(path, code)) {
        for (const rule of rules) {
          if (rule.from.test(file) && rule.forbidden.test(target)) violations.push(`${file} → ${target}: ${rule.why}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
