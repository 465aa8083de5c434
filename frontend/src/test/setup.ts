import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setAccessToken } from '../lib/graphql/accessToken';
import { disposeSessions } from './renderApp';

afterEach(() => {
  cleanup();
  disposeSessions();
  setAccessToken(null);
  window.localStorage.clear();
  document.documentElement.lang = '';
});
