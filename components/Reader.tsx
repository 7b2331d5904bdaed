import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyDigitStyle } from '../lib/digits';
import type { Article } from '../lib/extract/types';
import { loadFontFamily } from '../lib/fonts';
import { resolveSettings, siteKey, type ReaderSettings, type StoredSettings } from '../lib/settings';
import { text } from '../lib/ui-text';
import { ArticleView } from './ArticleView';
import { Bi, UiLanguage, biText } from './Bi';
import { readerLook } from './reader-style';
import { SettingsPanel } from './SettingsPanel';

/** What the reader needs of the settings store (lib/settings SettingsStore). */
export interface SettingsSource {
  load(): Promise<StoredSettings>;
  update(patch: Partial<ReaderSettings>, options?: { site?: string }): void;
  resetSite(site: string): void;
  resetAll(): void;
  subscribe(listener: (stored: StoredSettings) => void): () => void;
  flush(): Promise<void>;
}

export type ReaderMode = 'popup' | 'tab';

interface Props {
  article: Article;
  stored: StoredSettings;
  store: SettingsSource;
  mode: ReaderMode;
  browserLanguage: string;
  openFullTab?: () => void;
  copyText?: (value: string) => Promise<void>;
  children?: ComponentChildren;
}

function usePrefersDark(): boolean {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const listener = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, []);
  return dark;
}

function hostOf(url: string): string | null {
  try {
    return siteKey(new URL(url).hostname) || null;
  } catch {
    return null;
  }
}

/** The article as the reader wants it: settings applied live, a toolbar, the settings panel. */
export function Reader({ article, stored: initial, store, mode, browserLanguage, openFullTab, copyText, children }: Props) {
  const [stored, setStored] = useState(initial);
  const [panelOpen, setPanelOpen] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const articleRef = useRef<HTMLDivElement>(null);
  const prefersDark = usePrefersDark();
  const site = hostOf(article.url);
  const settings = resolveSettings(stored, site);
  const siteMode = site !== null && Object.keys(stored.sites[site] ?? {}).length > 0;
  const lead = settings.uiLanguage === 'auto' ? (browserLanguage.toLowerCase().startsWith('gu') ? 'gu' : 'en') : settings.uiLanguage;
  const look = readerLook(settings, prefersDark);

  useEffect(() => store.subscribe(setStored), [store]);
  useEffect(() => {
    const save = () => void store.flush();
    addEventListener('pagehide', save);
    return () => removeEventListener('pagehide', save);
  }, [store]);
  useEffect(() => void loadFontFamily(settings.fontFamily), [settings.fontFamily]);
  useLayoutEffect(() => {
    if (articleRef.current) applyDigitStyle(articleRef.current, settings.digits);
  }, [settings.digits, article]);
  useEffect(() => {
    if (!panelOpen) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && setPanelOpen(false);
    addEventListener('keydown', close);
    return () => removeEventListener('keydown', close);
  }, [panelOpen]);

  const change = (patch: Partial<ReaderSettings>) => store.update(patch, siteMode && site ? { site } : undefined);
  const setSiteMode = (on: boolean) => {
    if (!site) return;
    // Remembering starts from what the reader sees now; forgetting falls back to the global settings.
    if (on) store.update(settings, { site });
    else store.resetSite(site);
  };
  const reset = () => (siteMode && site ? store.resetSite(site) : store.resetAll());

  async function copy() {
    const body = articleRef.current?.querySelector('.article-body');
    const paragraphs = Array.from(body?.querySelectorAll('h2, h3, h4, p, li, blockquote, figcaption') ?? [])
      .map((el) => (el.textContent ?? '').trim())
      .filter(Boolean);
    const title = articleRef.current?.querySelector('.article-title')?.textContent ?? article.title;
    const value = [title, article.byline, '', ...paragraphs.flatMap((p) => [p, '']), article.url].filter((line) => line !== null).join('\n');
    try {
      await (copyText ?? ((v: string) => navigator.clipboard.writeText(v)))(value);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <UiLanguage.Provider value={lead}>
      <div class={`${look.className} reader-${mode}`} style={look.style}>
        <nav class="toolbar" aria-label={biText(text('settings'), lead)}>
          <button type="button" class="toolbar-settings" aria-expanded={panelOpen} aria-controls="reader-settings" onClick={() => setPanelOpen(!panelOpen)}>
            <span aria-hidden="true">Aa </span>
            <Bi k={panelOpen ? 'settingsClose' : 'settings'} />
          </button>
          {mode === 'popup' && openFullTab && (
            <button type="button" onClick={openFullTab}>
              <Bi k="openFullTab" />
            </button>
          )}
          <button type="button" onClick={copy}>
            <Bi k="copyText" />
          </button>
          {mode === 'tab' && (
            <button type="button" onClick={() => print()}>
              <Bi k="print" />
            </button>
          )}
          {copyState !== 'idle' && (
            <span class="toolbar-status" role="status">
              <Bi k={copyState === 'copied' ? 'copied' : 'copyFailed'} />
            </span>
          )}
        </nav>
        {panelOpen && (
          <div id="reader-settings">
            <SettingsPanel
              settings={settings}
              siteMode={siteMode}
              site={site}
              prefersDark={prefersDark}
              onChange={change}
              onSiteMode={setSiteMode}
              onReset={reset}
            />
          </div>
        )}
        <div ref={articleRef} class="reader-article">
          <ArticleView article={article} />
        </div>
        {children}
      </div>
    </UiLanguage.Provider>
  );
}
