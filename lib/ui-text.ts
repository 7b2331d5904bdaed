/** Interface text: Gujarati first, English beside it. */
import type { DeclineReason } from './extract/types';
import { toGujaratiDigits } from './gujarati';

export interface Bilingual {
  gu: string;
  en: string;
}

export const DECLINE_TEXT: Readonly<Record<DeclineReason, { title: Bilingual; detail: Bilingual }>> = {
  'not-article': {
    title: { gu: 'આ પાનું લેખ નથી', en: 'This page is not an article' },
    detail: {
      gu: 'વાંચન સમાચાર લેખ બતાવે છે. કોઈ એક સમાચાર ખોલીને ફરી પ્રયત્ન કરો.',
      en: 'Vanchan shows news articles. Open a single story and try again.',
    },
  },
  restricted: {
    title: { gu: 'આ પાનું વાંચી શકાતું નથી', en: 'This page cannot be read' },
    detail: {
      gu: 'બ્રાઉઝર તેના પોતાના પાનાં અને એક્સ્ટેન્શન સ્ટોર કોઈ એક્સ્ટેન્શનને વાંચવા દેતું નથી.',
      en: 'Browsers do not let extensions read their own pages or the extension stores.',
    },
  },
  pdf: {
    title: { gu: 'આ PDF ફાઇલ છે', en: 'This is a PDF file' },
    detail: {
      gu: 'વાંચન વેબ પાનાં પરના લેખ બતાવે છે; PDF બ્રાઉઝરના PDF વ્યૂઅરમાં વાંચો.',
      en: 'Vanchan reads articles on web pages; read PDFs in the browser’s PDF viewer.',
    },
  },
  'not-html': {
    title: { gu: 'આ વેબ પાનું નથી', en: 'This is not a web page' },
    detail: {
      gu: 'આ ટેબમાં ચિત્ર, લખાણ કે બીજી ફાઇલ છે, લેખ નથી.',
      en: 'This tab holds an image, plain text or another file, not an article.',
    },
  },
  'file-access': {
    title: { gu: 'ફાઇલ વાંચવાની પરવાનગી નથી', en: 'No permission to read files' },
    detail: {
      gu: 'એક્સ્ટેન્શનની વિગતોમાં “ફાઇલ URL ને ઍક્સેસ કરવાની મંજૂરી આપો” ચાલુ કરો.',
      en: 'Turn on “Allow access to file URLs” in the extension’s details.',
    },
  },
  'no-tab': {
    title: { gu: 'કોઈ ટેબ મળી નથી', en: 'No tab found' },
    detail: { gu: 'સમાચારનું પાનું ખોલીને ફરી પ્રયત્ન કરો.', en: 'Open a news page and try again.' },
  },
  'too-large': {
    title: { gu: 'પાનું ઘણું મોટું છે', en: 'The page is too large' },
    detail: {
      gu: 'ટેબ અટકી ન જાય તે માટે વાંચન આટલું મોટું પાનું વાંચતું નથી.',
      en: 'Vanchan does not read a page this large, so that the tab does not freeze.',
    },
  },
  error: {
    title: { gu: 'લેખ વાંચી શકાયો નહીં', en: 'The article could not be read' },
    detail: {
      gu: 'પાનું ફરી લોડ કરીને ફરી પ્રયત્ન કરો.',
      en: 'Reload the page and try again.',
    },
  },
};

export const LOADING_TEXT: Bilingual = { gu: 'લેખ તૈયાર થાય છે…', en: 'Preparing the article…' };
export const ORIGINAL_LINK_TEXT: Bilingual = { gu: 'મૂળ લેખ', en: 'Original' };

export function readingTimeText(minutes: number): Bilingual {
  return { gu: `${toGujaratiDigits(String(minutes))} મિનિટ વાંચન`, en: `${minutes} min read` };
}

export const SAVE_PAGE_TEXT: Bilingual = { gu: 'આ પાનું સાચવો (નિયમ સુધારવા માટે)', en: 'Save this page for a rule fix' };
export const SAVE_PAGE_HINT: Bilingual = {
  gu: 'લેખ ખોટો દેખાય તો આ ફાઇલ અમને મોકલો.',
  en: 'If the article looks wrong, send us this file.',
};
export const SAVED_TEXT: Bilingual = { gu: 'ફાઇલ સાચવી', en: 'File saved' };
export const SAVE_FAILED_TEXT: Bilingual = { gu: 'પાનું સાચવી શકાયું નહીં', en: 'The page could not be saved' };
