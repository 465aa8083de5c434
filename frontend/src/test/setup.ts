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
  // Every test starts without a session: the next area that mounts asks the (mocked) server again.
  disposeAreaSessions();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
