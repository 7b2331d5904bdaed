// @vitest-environment jsdom
// The reader sanitizes article HTML with DOMPurify, which needs a faithful DOM.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { extractFromClone } from '../../lib/extract';
import type { Article } from '../../lib/extract/types';
import { DEFAULT_SETTINGS, SettingsStore, type ReaderSettings } from '../../lib/settings';
import { THEMES } from '../../lib/themes';
import { ABP_ARTICLE, fixture, parse } from '../helpers';

const abp = fixture(ABP_ARTICLE);
let article: Article;

beforeEach(() => {
  fakeBrowser.reset();
  const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url);
  if (!result.ok) throw new Error(result.message);
  // A date and numbers in the body, to watch the digit setting.
  article = { ...result.article, content: `<p>તા. 12/10/2024 સુધીમાં 2500 જવાનો</p>${result.article.content}` };
});
afterEach(cleanup);

async function renderReader(options: { stored?: Partial<ReaderSettings>; mode?: 'popup' | 'tab'; browserLanguage?: string; copyText?: (v: string) => Promise<void>; openFullTab?: () => void } = {}) {
  if (options.stored) await fakeBrowser.storage.sync.set({ 'vanchan.settings': { version: 1, global: { ...DEFAULT_SETTINGS, ...options.stored }, sites: {} } });
  const store = new SettingsStore({ debounceMs: 0 });
  const view = render(
    <App
      store={store}
      load={() => Promise.resolve({ ok: true, article })}
      mode={options.mode ?? 'popup'}
      browserLanguage={options.browserLanguage ?? 'gu'}
      copyText={options.copyText}
      openFullTab={options.openFullTab}
    />,
  );
  await waitFor(() => expect(view.container.querySelector('.reader')).not.toBeNull());
  const reader = view.container.querySelector<HTMLElement>('.reader')!;
  const variable = (name: string) => reader.style.getPropertyValue(name);
  return { ...view, store, reader, variable };
}

async function openSettings() {
  fireEvent.click(screen.getByRole('button', { name: /Text and colours/ }));
  await waitFor(() => expect(document.querySelector('.settings')).not.toBeNull());
}

function slider(name: RegExp): HTMLInputElement {
  return screen.getByLabelText(name) as HTMLInputElement;
}

describe('the reader with its settings', () => {
  it('sets the article in Gujarati with calm defaults: lang gu, line height 1.7, no letter-spacing', async () => {
    const { reader, variable } = await renderReader();
    expect(reader.querySelector('article')!.getAttribute('lang')).toBe('gu');
    expect(variable('--reader-line-height')).toBe('1.7');
    expect(variable('--reader-font')).toMatch(/Noto Sans Gujarati/);
    expect(reader.getAttribute('style') ?? '').not.toMatch(/letter-spacing/);
  });

  it('offers no letter-spacing control (it breaks conjuncts)', async () => {
    await renderReader();
    await openSettings();
    expect(document.querySelector('.settings')!.textContent).not.toMatch(/letter|અક્ષર વચ્ચે/i);
    const ids = Array.from(document.querySelectorAll('.settings input, .settings select')).map((el) => el.id);
    expect(ids.join(' ')).not.toMatch(/letter/i);
  });

  it('changes the font family, normalising Rasa’s smaller letters, with a note where digits are missing', async () => {
    const { variable } = await renderReader();
    await openSettings();
    const select = screen.getByLabelText(/Font/) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'rasa' } });
    await waitFor(() => expect(variable('--reader-font')).toMatch(/Rasa/));
    expect(parseFloat(variable('--reader-size'))).toBeGreaterThan(DEFAULT_SETTINGS.fontSize * 1.1);
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.change(select, { target: { value: 'hind-vadodara' } });
    await waitFor(() => expect(variable('--reader-font')).toMatch(/Hind Vadodara/));
    expect(screen.getByRole('note').textContent).toMatch(/Gujarati digits/);
    expect(Number(variable('--reader-line-height'))).toBeGreaterThanOrEqual(1.8);
  });

  it.each([
    [/Text size/, '26', '--reader-size', '26px'],
    [/Line spacing/, '2', '--reader-line-height', '2'],
    [/Word spacing/, '0.2', '--reader-word-spacing', '0.2em'],
    [/Text width/, '30', '--reader-width', '30em'],
  ])('applies %s live', async (label, value, variableName, expected) => {
    const { variable } = await renderReader();
    await openSettings();
    fireEvent.input(slider(label), { target: { value } });
    await waitFor(() => expect(variable(variableName)).toBe(expected));
  });

  it('justifies text and sets it bold', async () => {
    const { variable } = await renderReader();
    await openSettings();
    fireEvent.click(screen.getByLabelText(/Justified/));
    fireEvent.click(screen.getByLabelText(/Bold/));
    await waitFor(() => expect(variable('--reader-align')).toBe('justify'));
    expect(variable('--reader-weight')).toBe('700');
  });

  it.each([
    ['Sepia', 'sepia'],
    ['Dark', 'dark'],
    ['High contrast', 'high-contrast'],
  ] as const)('switches to the %s theme', async (label, id) => {
    const { variable } = await renderReader();
    await openSettings();
    fireEvent.click(screen.getByLabelText(new RegExp(`\\(${label}\\)`)));
    await waitFor(() => expect(variable('--bg')).toBe(THEMES[id].background));
    expect(variable('--text')).toBe(THEMES[id].text);
  });

  it('takes the reader’s own colours and warns when they are hard to read', async () => {
    const { variable } = await renderReader();
    await openSettings();
    fireEvent.click(screen.getByLabelText(/My colours/));
    await waitFor(() => expect(screen.getByLabelText(/Background colour/)).toBeTruthy());
    fireEvent.input(screen.getByLabelText(/Text colour/), { target: { value: '#999999' } });
    fireEvent.input(screen.getByLabelText(/Background colour/), { target: { value: '#aaaaaa' } });
    await waitFor(() => expect(variable('--bg')).toBe('#aaaaaa'));
    expect(screen.getByRole('alert').textContent).toMatch(/below WCAG AA/);
  });

  it('shows digits as published, in Gujarati or in Latin, in the displayed text only', async () => {
    const { reader } = await renderReader();
    const body = () => reader.querySelector('.article-body')!.textContent!;
    expect(body()).toContain('12/10/2024');
    await openSettings();
    fireEvent.click(screen.getByLabelText(/Gujarati ૦–૯/));
    await waitFor(() => expect(body()).toContain('૧૨/૧૦/૨૦૨૪'));
    expect(body()).toContain('૨૫૦૦');
    expect(reader.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-/);
    fireEvent.click(screen.getByLabelText(/As published/));
    await waitFor(() => expect(body()).toContain('12/10/2024'));
  });

  it('hides images on request', async () => {
    const { reader } = await renderReader();
    await openSettings();
    fireEvent.click(screen.getByLabelText(/Show images/));
    await waitFor(() => expect(reader.classList.contains('hide-images')).toBe(true));
  });

  it('keeps settings: a new reader opens with the last ones', async () => {
    const first = await renderReader();
    await openSettings();
    fireEvent.input(slider(/Text size/), { target: { value: '28' } });
    await first.store.flush();
    cleanup();
    const second = await renderReader();
    expect(second.variable('--reader-size')).toBe('28px');
  });

  it('remembers settings for this site only, and forgets them', async () => {
    const { store, variable } = await renderReader();
    await openSettings();
    fireEvent.click(screen.getByLabelText(/Remember for this site/));
    fireEvent.input(slider(/Text size/), { target: { value: '30' } });
    await waitFor(() => expect(variable('--reader-size')).toBe('30px'));
    await store.flush();
    const saved = (await fakeBrowser.storage.sync.get('vanchan.settings'))['vanchan.settings'] as { global: ReaderSettings; sites: Record<string, Partial<ReaderSettings>> };
    expect(saved.sites['gujarati.abplive.com']?.fontSize).toBe(30);
    expect(saved.global.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    fireEvent.click(screen.getByRole('button', { name: /Forget this site/ }));
    await waitFor(() => expect(variable('--reader-size')).toBe(`${DEFAULT_SETTINGS.fontSize}px`));
  });

  it('resets to defaults', async () => {
    const { variable } = await renderReader({ stored: { fontSize: 31, theme: 'dark' } });
    expect(variable('--reader-size')).toBe('31px');
    await openSettings();
    fireEvent.click(screen.getByRole('button', { name: /Reset to defaults/ }));
    await waitFor(() => expect(variable('--reader-size')).toBe(`${DEFAULT_SETTINGS.fontSize}px`));
  });

  it('reads corrupt stored settings as defaults, keeping the valid ones', async () => {
    await fakeBrowser.storage.sync.set({ 'vanchan.settings': { version: 1, global: { fontSize: 'huge', lineHeight: 1.9, theme: 42 }, sites: 'x' } });
    const { variable } = await renderReader();
    expect(variable('--reader-size')).toBe(`${DEFAULT_SETTINGS.fontSize}px`);
    expect(variable('--reader-line-height')).toBe('1.9');
  });

  it('follows the browser’s language and can be switched to English first', async () => {
    await renderReader({ browserLanguage: 'gu-IN' });
    const button = screen.getByRole('button', { name: /Text and colours/ });
    expect(button.textContent!.indexOf('અક્ષર')).toBeLessThan(button.textContent!.indexOf('Text'));
    await openSettings();
    fireEvent.click(screen.getByLabelText(/^\s*અંગ્રેજી \(English\)\s*$/));
    await waitFor(() => {
      const label = screen.getByRole('button', { name: /Close/ }).textContent!;
      expect(label.indexOf('Close')).toBeLessThan(label.indexOf('બંધ'));
    });
  });

  it('opens and closes the settings from the keyboard', async () => {
    await renderReader();
    const button = screen.getByRole('button', { name: /Text and colours/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await openSettings();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(document.querySelector('.settings')).toBeNull());
  });

  it('labels every control', async () => {
    await renderReader();
    await openSettings();
    for (const control of document.querySelectorAll<HTMLInputElement>('.settings input, .settings select, .settings button')) {
      const labelled = control.labels?.length || control.getAttribute('aria-label') || (control.tagName === 'BUTTON' && control.textContent!.trim());
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });

  it('copies the article as text: headline, byline, paragraphs and the link', async () => {
    const copyText = vi.fn(() => Promise.resolve());
    await renderReader({ copyText });
    fireEvent.click(screen.getByRole('button', { name: /Copy the text/ }));
    await waitFor(() => expect(copyText).toHaveBeenCalledOnce());
    const copied = (copyText.mock.calls[0] as unknown as [string])[0];
    expect(copied.startsWith(abp.expected.title!)).toBe(true);
    expect(copied).toContain(abp.expected.mustContain[1]);
    expect(copied).toContain(abp.expected.url);
    expect(copied).not.toContain('<');
    expect(screen.getByRole('status').textContent).toMatch(/Text copied/);
  });

  it('opens the full-tab reader from the popup; the full tab prints instead', async () => {
    const openFullTab = vi.fn();
    await renderReader({ openFullTab });
    fireEvent.click(screen.getByRole('button', { name: /Read in a full tab/ }));
    expect(openFullTab).toHaveBeenCalledOnce();
    cleanup();
    await renderReader({ mode: 'tab', openFullTab });
    expect(screen.queryByRole('button', { name: /Read in a full tab/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Print/ })).toBeTruthy();
  });
});
