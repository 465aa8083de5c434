import { useCallback, useState } from 'react';
import { useSessionStore } from '../session/SessionContext';
import { downloadFile, downloadMessageId, type DownloadOutcome } from './download';

export type DownloadMessageId = (typeof downloadMessageId)[keyof typeof downloadMessageId];

/**
 * A download with the mounted area's session: `busy` while it runs (for a BusyButton) and the message
 * id of the last failure, if any.
 */
export function useDownload() {
  const session = useSessionStore();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<DownloadMessageId | null>(null);
  const start = useCallback(
    async (path: string, fallbackName: string): Promise<DownloadOutcome> => {
      setBusy(path);
      setFailure(null);
      try {
        const outcome = await downloadFile(session, path, fallbackName);
        if (outcome !== 'saved') setFailure(downloadMessageId[outcome]);
        return outcome;
      } finally {
        setBusy(null);
      }
    },
    [session],
  );
  /** `busy` is the path being downloaded, so a list can mark the one row. */
  return { download: start, busy, failure, clearFailure: () => setFailure(null) };
}
