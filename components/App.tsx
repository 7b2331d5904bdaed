import { useEffect, useState } from 'preact/hooks';
import type { ExtractResult } from '../lib/extract/types';
import type { ArticleLoader } from '../lib/reader-connector';
import { DECLINE_TEXT, LOADING_TEXT } from '../lib/ui-text';
import { ArticleView } from './ArticleView';
import { StatusMessage } from './StatusMessage';

type State = { kind: 'loading' } | { kind: 'done'; result: ExtractResult };

/** The reader: asks the loader for the article and shows it, or says why it cannot. */
export function App({ load }: { load: ArticleLoader }) {
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

  if (state.kind === 'loading') return <StatusMessage title={LOADING_TEXT} busy />;
  const { result } = state;
  if (result.ok) return <ArticleView article={result.article} />;
  const text = DECLINE_TEXT[result.reason];
  return <StatusMessage title={text.title} detail={text.detail} />;
}
