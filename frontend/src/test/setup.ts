import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { disposeAreaSessions } from '../lib/session/registry';

afterEach(() => {
  cleanup();
  // Every test starts without a session: the next area that mounts asks the (mocked) server again.
  disposeAreaSessions();
  window.localStorage.clear();
  document.documentElement.lang = '';
});
