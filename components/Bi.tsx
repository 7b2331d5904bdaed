import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { text, type Bilingual, type MessageKey } from '../lib/ui-text';

/** Which language leads in the interface; the other stands beside it. */
export const UiLanguage = createContext<'gu' | 'en'>('gu');

/** Interface text in both languages: the reader's language first, the other beside it. */
export function Bi({ value, k, n }: { value?: Bilingual; k?: MessageKey; n?: number }) {
  const lead = useContext(UiLanguage);
  const t = value ?? text(k!, n);
  const other = lead === 'gu' ? 'en' : 'gu';
  return (
    <>
      <span lang={lead}>{t[lead]}</span>
      {t[other] && t[other] !== t[lead] && (
        <span class="bi-other" lang={other}>
          {' '}
          ({t[other]})
        </span>
      )}
    </>
  );
}

/** A plain-text label in both languages, for attributes (aria-label, title). */
export function biText(t: Bilingual, lead: 'gu' | 'en'): string {
  const other = lead === 'gu' ? 'en' : 'gu';
  return t[other] && t[other] !== t[lead] ? `${t[lead]} (${t[other]})` : t[lead];
}
