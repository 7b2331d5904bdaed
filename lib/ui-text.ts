/** Interface text from the extension's locale files (public/_locales/{gu,en}/messages.json).
 * Both languages are read here, not through browser.i18n, so that the reader can switch
 * language in settings and show Gujarati with English beside it. */
import type { DeclineReason } from './extract/types';
import { toGujaratiDigits } from './gujarati';
import en from '../public/_locales/en/messages.json';
import gu from '../public/_locales/gu/messages.json';

export interface Bilingual {
  gu: string;
  en: string;
}

export type MessageKey = keyof typeof gu & keyof typeof en;

function fill(message: string, value: string | undefined): string {
  return value === undefined ? message : message.replace(/\$[A-Z_]+\$/g, value);
}

/** One interface string in both languages; `value` fills its placeholder. */
export function text(key: MessageKey, value?: string | number): Bilingual {
  return {
    gu: fill(gu[key].message, value === undefined ? undefined : toGujaratiDigits(String(value))),
    en: fill(en[key].message, value === undefined ? undefined : String(value)),
  };
}

const DECLINE_KEYS: Readonly<Record<DeclineReason, [MessageKey, MessageKey]>> = {
  'not-article': ['declineNotArticleTitle', 'declineNotArticleDetail'],
  restricted: ['declineRestrictedTitle', 'declineRestrictedDetail'],
  pdf: ['declinePdfTitle', 'declinePdfDetail'],
  'not-html': ['declineNotHtmlTitle', 'declineNotHtmlDetail'],
  'file-access': ['declineFileAccessTitle', 'declineFileAccessDetail'],
  'no-tab': ['declineNoTabTitle', 'declineNoTabDetail'],
  'too-large': ['declineTooLargeTitle', 'declineTooLargeDetail'],
  error: ['declineErrorTitle', 'declineErrorDetail'],
};

export function declineText(reason: DeclineReason): { title: Bilingual; detail: Bilingual } {
  const [title, detail] = DECLINE_KEYS[reason];
  return { title: text(title), detail: text(detail) };
}
