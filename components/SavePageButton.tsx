import { useState } from 'preact/hooks';
import type { ExtractResult } from '../lib/extract/types';
import { buildPageReport, reportFileName } from '../lib/page-report';
import type { PageSaver } from '../lib/tab-connector';
import { text, type Bilingual } from '../lib/ui-text';
import { Bi } from './Bi';

export type Download = (fileName: string, text: string) => void;

/** Saves through an <a download>: no downloads permission, no network. */
export const downloadText: Download = (fileName, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

interface Props {
  result: ExtractResult;
  savePage: PageSaver;
  download?: Download;
  extensionVersion?: string;
}

export function SavePageButton({ result, savePage, download = downloadText, extensionVersion = '' }: Props) {
  const [status, setStatus] = useState<'idle' | 'busy' | Bilingual>('idle');
  async function save() {
    setStatus('busy');
    try {
      const snapshot = await savePage();
      const now = new Date();
      const report = buildPageReport(snapshot, result, now, extensionVersion);
      download(reportFileName(snapshot.url, now), JSON.stringify(report, null, 2));
      setStatus(text('saved'));
    } catch {
      setStatus(text('saveFailed'));
    }
  }
  return (
    <footer class="save-page">
      <button type="button" onClick={save} disabled={status === 'busy'}>
        <Bi k="savePage" />
      </button>
      <p class="save-page-hint">
        {typeof status === 'object' ? (
          <span role="status">
            <Bi value={status} />
          </span>
        ) : (
          <Bi k="savePageHint" />
        )}
      </p>
    </footer>
  );
}
