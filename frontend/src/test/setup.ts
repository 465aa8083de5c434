import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { disposeAreaSessions } from '../lib/session/registry';

// Pages are lazy chunks: their first import is transformed on demand, which on a busy two-core CI
// machine can take longer than Testing Library's 1 s default for findBy*/waitFor. The tests assert
// what appears, never how fast.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // The test files of a worker share one document (vite.config.ts: isolate false). What a test put
  // in the body beside Testing Library's containers, or left focused, must not reach the next file:
  // a stray focused input takes the next test's keystrokes. react-aria's live announcer stays; it
  // keeps a reference to its node.
  for (const node of Array.from(document.body.children)) {
    if (!node.hasAttribute('data-live-announcer')) node.remove();
  }
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.history.replaceState(null, '', '/');
  // Every test starts without a session: the next area that mounts asks the (mocked) server again.
  disposeAreaSessions();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
