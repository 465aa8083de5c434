import { describe, expect, it, vi } from 'vitest';
import { downloadFile, fileNameFrom } from './download';

function session(tokens: Array<string | null>, expired = false) {
  let current = tokens[0] ?? null;
  let refreshes = 0;
  return {
    getAccessToken: () => current,
    isAccessTokenExpired: () => expired && refreshes === 0,
    refreshAfterAuthError: vi.fn(() => {
      refreshes++;
      current = tokens[refreshes] ?? null;
      return Promise.resolve();
    }),
  };
}

/** A minimal Response: jsdom's Blob and Node's Response do not mix. */
function reply(status: number, headers: Record<string, string> = {}, body = ''): Response {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: new Headers(headers),
    blob: () => Promise.resolve(new Blob([body])),
  } as unknown as Response;
}

function respond(...responses: Response[]) {
  const calls: RequestInit[] = [];
  const fetch = vi.fn((_path: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return Promise.resolve(responses.shift() ?? reply(500));
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const pdf = () => reply(200, { 'Content-Disposition': 'attachment; filename="loonstrook-2026-10.pdf"' }, '%PDF-1.4');

describe('downloadFile', () => {
  it('sends the bearer token and saves under the server file name', async () => {
    const { fetch, calls } = respond(pdf());
    const save = vi.fn();
    expect(await downloadFile(session(['tok']), '/downloads/payslips/lst_1.pdf', 'x.pdf', { fetch, save })).toBe('saved');
    expect(calls[0]!.headers).toEqual({ Authorization: 'Bearer tok' });
    expect(save).toHaveBeenCalledWith(expect.any(Blob), 'loonstrook-2026-10.pdf');
  });

  it('renews an expired token before asking', async () => {
    const s = session(['old', 'new'], true);
    const { fetch, calls } = respond(pdf());
    expect(await downloadFile(s, '/d', 'x.pdf', { fetch, save: vi.fn() })).toBe('saved');
    expect(s.refreshAfterAuthError).toHaveBeenCalledTimes(1);
    expect(calls[0]!.headers).toEqual({ Authorization: 'Bearer new' });
  });

  it('renews once after a 401 and retries', async () => {
    const s = session(['old', 'new']);
    const { fetch, calls } = respond(reply(401), pdf());
    expect(await downloadFile(s, '/d', 'x.pdf', { fetch, save: vi.fn() })).toBe('saved');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers).toEqual({ Authorization: 'Bearer new' });
  });

  it('reports a session that cannot be renewed', async () => {
    const { fetch } = respond(reply(401));
    expect(await downloadFile(session(['old', null]), '/d', 'x.pdf', { fetch, save: vi.fn() })).toBe('signedOut');
    expect(await downloadFile(session([null]), '/d', 'x.pdf', { fetch, save: vi.fn() })).toBe('signedOut');
  });

  it('maps 404 to notFound, other failures to failed, and saves nothing', async () => {
    const save = vi.fn();
    expect(await downloadFile(session(['t']), '/d', 'x', { ...respond(reply(404)), save })).toBe(
      'notFound',
    );
    expect(await downloadFile(session(['t']), '/d', 'x', { ...respond(reply(500)), save })).toBe(
      'failed',
    );
    const offline = vi.fn(() => Promise.reject(new TypeError('network'))) as unknown as typeof globalThis.fetch;
    expect(await downloadFile(session(['t']), '/d', 'x', { fetch: offline, save })).toBe('failed');
    expect(save).not.toHaveBeenCalled();
  });

  it('falls back to the given name without Content-Disposition', async () => {
    const save = vi.fn();
    const { fetch } = respond(reply(200, {}, 'x'));
    await downloadFile(session(['t']), '/d', 'document.pdf', { fetch, save });
    expect(save).toHaveBeenCalledWith(expect.any(Blob), 'document.pdf');
  });
});

describe('fileNameFrom', () => {
  it.each([
    ['attachment; filename="jaaropgave-2025.pdf"', 'jaaropgave-2025.pdf'],
    ['attachment; filename=plain.pdf', 'plain.pdf'],
    [`attachment; filename="x.pdf"; filename*=UTF-8''Verzuimprotocol%20%C3%A9%C3%A9n.pdf`, 'Verzuimprotocol één.pdf'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename=".."', null],
    ['attachment', null],
    [null, null],
  ])('%s → %s', (header, expected) => {
    expect(fileNameFrom(header)).toBe(expected);
  });
});
