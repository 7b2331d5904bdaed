import { useEffect, useState } from 'preact/hooks';
import type { ExtractResult } from '../lib/extract/types';
import type { ArticleLoader, PageSaver } from '../lib/reader-connector';
import { declineText, text } from '../lib/ui-text';
import { ArticleView } from './ArticleView';
import { SavePageButton, type Download } from './SavePageButton';
import { StatusMessage } from './StatusMessage';

/** Declines after which a saved page helps fix a rule (not the browser's own refusals). */
const REPORTABLE = new Set(['not-article', 'error', 'too-large']);

interface Props {
  load: ArticleLoader;
  savePage?: PageSaver;
  download?: Download;
  extensionVersion?: string;
}

type State = { kind: 'loading' } | { kind: 'done'; result: ExtractResult };

/** The reader: asks the loader for the article and shows it, or says why it cannot. */
export function App({ load, savePage, download, extensionVersion }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    load()
      .catch((error: unknown): ExtractResult => ({
        ok: false,
        reason: 'error',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((result) => {
        if (live) setState({ kind: 'done', result });
      });
    return () => {
      live = false;
    };
  }, [load]);

  if (state.kind === 'loading') return <StatusMessage title={text('loading')} busy />;
  const { result } = state;
  const reportable = result.ok || REPORTABLE.has(result.reason);
  const saveButton = savePage && reportable && (
    <SavePageButton result={result} savePage={savePage} download={download} extensionVersion={extensionVersion} />
  );
  if (result.ok) {
    return (
      <>
        <ArticleView article={result.article} />
        {saveButton}
      </>
    );
  }
  const decline = declineText(result.reason);
  return (
    <>
      <StatusMessage title={decline.title} detail={decline.detail} />
      {saveButton}
    </>
  );
}
