import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { usernameAvailableQuery } from './username.graphql';
import { usernameFormatOk } from './username';

export type UsernameStatus = 'empty' | 'invalid' | 'checking' | 'available' | 'taken' | 'unknown';

/** Pause after the last key before asking the server. */
export const USERNAME_CHECK_DELAY_MS = 400;

/**
 * Whether the username being typed is still free (R4), asked once typing pauses. The format is checked
 * here first (the server would only answer "not available" for a malformed name). `unknown` when the
 * server could not be asked: registration then simply tries, and the server decides. `token` is the
 * invitation's; null on the account page, where the signed-in employee's session is the credential.
 */
export function useUsernameAvailability(token: string | null, username: string): UsernameStatus {
  const client = useClient();
  const [answer, setAnswer] = useState<{ username: string; status: UsernameStatus } | null>(null);
  const formatOk = usernameFormatOk(username);

  useEffect(() => {
    if (!username || !formatOk) return;
    let live = true;
    const timer = setTimeout(() => {
      void client
        .query(usernameAvailableQuery, { token, username }, { requestPolicy: 'network-only' })
        .toPromise()
        .then(({ data, error }) => {
          if (!live) return;
          const available = data?.usernameAvailable;
          setAnswer({ username, status: error || typeof available !== 'boolean' ? 'unknown' : available ? 'available' : 'taken' });
        });
    }, USERNAME_CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, token, username, formatOk]);

  if (!username) return 'empty';
  if (!formatOk) return 'invalid';
  return answer?.username === username ? answer.status : 'checking';
}
