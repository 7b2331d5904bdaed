import { useLayoutEffect, useState } from 'preact/hooks';
import type { ExtractResult } from '../lib/extract/types';
import type { ArticleLoader } from '../lib/read-article';
import type { PageSaver } from '../lib/tab-connector';
import { migrateSettings, type StoredSettings } from '../lib/settings';
import { DEFAULT_FONT_FAMILY_ID, loadFontFamily } from '../lib/fonts';
import { declineText, text } from '../lib/ui-text';
import { UiLanguage } from './Bi';
import { Reader, type ReaderMode, type SettingsSource } from './Reader';
import { SavePageButton, type Download } from './SavePageButton';
import { StatusMessage } from './StatusMessage';

/** Declines after which a saved page helps fix a rule (not the browser's own refusals). */
const REPORTABLE = new Set(['not-article', 'error', 'too-large']);

interface Props {
  load: ArticleLoader;
  store: SettingsSource;
  mode?: ReaderMode;
  browserLanguage?: string;
  savePage?: PageSaver;
  download?: Download;
  openFullTab?: () => void;
  copyText?: (value: string) => Promise<void>;
  extensionVersion?: string;
}

type State = { kind: 'loading' } | { kind: 'done'; result: ExtractResult; stored: StoredSettings };

/** The reader: asks for the article and the settings, then shows it, or says why it cannot. */
export function App(props: Props) {
  const { load, store, mode = 'popup', browserLanguage = 'gu', savePage, download, extensionVersion } = props;
  const [state, setState] = useState<State>({ kind: 'loading' });

  // A layout effect starts the work in the same task as the first render; an ordinary effect
  // would wait for the next frame first.
  useLayoutEffect(() => {
    let live = true;
    // Most readers keep the default family: fetched now, beside the article, it is ready for the
    // first paint, and the text does not jump when it arrives. Another chosen family loads when
    // the settings are known (Reader).
    void loadFontFamily(DEFAULT_FONT_FAMILY_ID);
    const article = load().catch((error: unknown): ExtractResult => ({
      ok: false,
      reason: 'error',
      message: error instanceof Error ? error.message : String(error),
    }));
    // Settings that cannot be read are defaults, never a blank reader.
    const settings = store.load().catch(() => migrateSettings(undefined));
    void Promise.all([article, settings]).then(([result, stored]) => {
      if (live) setState({ kind: 'done', result, stored });
    });
    return () => {
      live = false;
    };
  }, [load, store]);

  const lead = browserLanguage.toLowerCase().startsWith('gu') ? 'gu' : 'en';
  if (state.kind === 'loading') {
    return (
      <UiLanguage.Provider value={lead}>
        <StatusMessage title={text('loading')} busy />
      </UiLanguage.Provider>
    );
  }
  const { result, stored } = state;
  const reportable = result.ok || REPORTABLE.has(result.reason);
  const saveButton = savePage && reportable && (
    <SavePageButton result={result} savePage={savePage} download={download} extensionVersion={extensionVersion} />
  );
  if (result.ok) {
    return (
      <Reader
        article={result.article}
        stored={stored}
        store={store}
        mode={mode}
        browserLanguage={browserLanguage}
        openFullTab={props.openFullTab}
        copyText={props.copyText}
      >
        {saveButton}
      </Reader>
    );
  }
  const decline = declineText(result.reason);
  const settingsLead = stored.global.uiLanguage === 'auto' ? lead : stored.global.uiLanguage;
  return (
    <UiLanguage.Provider value={settingsLead}>
      <StatusMessage title={decline.title} detail={decline.detail} />
      {saveButton}
    </UiLanguage.Provider>
  );
}
