/** Words and patterns of Gujarati (and English) news boilerplate. Data only, compared through
 * `comparisonKey`, so case, punctuation and spacing do not matter. */

/** Whole texts that are only a label: an ad slot's, a widget's, a share bar's. */
export const JUNK_LABELS = [
  'advertisement',
  'advertisment',
  'advertise',
  'advertise with us',
  'advt',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'sponsored links',
  'promoted',
  'promoted content',
  'partner content',
  'scroll to continue',
  'scroll to continue with content',
  'continue reading below',
  'story continues below advertisement',
  'advertisement continue reading below',
  'embed widget',
  'skip',
  'skip to content',
  'skip to main content',
  'back to top',
  'back to top button',
  'go to top',
  'get instant news updates',
  'allow notifications',
  'enable notifications',
  'loading',
  'load more',
  'load more stories',
  'વધુ સમાચાર લોડ થઈ રહ્યા છે',
  'લોડ થઈ રહ્યું છે',
  'લોડ થઈ રહ્યા છે',
  'વધુ લોડ કરો',
  'share',
  'share this',
  'share this article',
  'share on',
  'જાહેરાત',
  'જાહેરખબર',
  'વિજ્ઞાપન',
  'एडवरटाइजमेंट',
  'विज्ञापन',
  'શેર કરો',
  'કૉપી લિંક',
  'કોપી લિંક',
  'copy link',
  'link copied',
  'શેર',
  'એપ ડાઉનલોડ કરો',
];

/** Texts that head blocks of links to other stories. */
export const BOILERPLATE_HEADINGS = [
  'આ પણ વાંચો',
  'આ પણ વાંચોઃ',
  'આ પણ જુઓ',
  'વધુ વાંચો',
  'વધુ જુઓ',
  'વધુ સમાચાર',
  'અન્ય સમાચાર',
  'ટ્રેન્ડિંગ',
  'ટ્રેન્ડીંગ',
  'ટ્રેન્ડિંગ ન્યૂઝ',
  'ટ્રેન્ડિંગ સમાચાર',
  'ટોપ સ્ટોરી',
  'ટોપ સ્ટોરીઝ',
  'ટોપ ન્યૂઝ',
  'ટોપ આર્ટિકલ્સ',
  'ટોપ રીલ્સ',
  'ટોપ વીડિયો',
  'સંબંધિત સમાચાર',
  'સંબંધિત ન્યૂઝ',
  'સંબંધિત લેખ',
  'વેબ સ્ટોરી',
  'વેબ સ્ટોરીઝ',
  'ફોટો ગેલેરી',
  'ફોટોગેલેરી',
  'ફોટો સ્ટોરી',
  'વિડિઓઝ',
  'વીડિયો',
  'વિડીયો',
  'વીડિયો ગેલેરી',
  'લાઇવ અપડેટ્સ',
  'લેટેસ્ટ ન્યૂઝ',
  'લેટેસ્ટ સમાચાર',
  'તાજા સમાચાર',
  'મહત્વના સમાચાર',
  'લોકપ્રિય સમાચાર',
  'સૌથી વધુ વંચાયેલા',
  'પર્સનલ કોર્નર',
  'શોધખોળ કરો',
  'આ લેખકની અન્ય કટાર',
  'સૌથી વધારે વંચાયેલા',
  'સૌથી વધુ વંચાયેલા',
  'સૌથી વધુ વંચાયેલું',
  'લેખકના અન્ય લેખ',
  'આ લેખકના અન્ય લેખ',
  'more from this author',
  'more by this author',
  'other columns',
  'also read',
  'read also',
  'read more',
  'see more',
  'more news',
  'more stories',
  'related',
  'related news',
  'related articles',
  'related stories',
  'related posts',
  'trending',
  'trending news',
  'trending now',
  'top stories',
  'top story',
  'top news',
  'top read news',
  'most read',
  'most popular',
  'latest news',
  'latest stories',
  'web stories',
  'photo gallery',
  'videos',
  'you may also like',
  'recommended',
  'recommended stories',
  'dont miss',
];

/** Words that widen a boilerplate heading without changing it: "વધુ ફોટો ગેલેરી" is
 * "ફોટો ગેલેરી", "ટ્રેન્ડિંગ ન્યૂઝ" is "ટ્રેન્ડિંગ". Stripped from both ends before comparing. */
export const HEADING_PREFIXES = ['વધુ', 'અન્ય', 'બીજા', 'more', 'other'];
export const HEADING_SUFFIXES = ['ન્યૂઝ', 'ન્યુઝ', 'સમાચાર', 'news', 'stories', 'now'];

/** Labels that are a pattern rather than a phrase: view counts, autoplay toggles. */
export const JUNK_LABEL_PATTERNS = [
  /^[\d.,]+\s*(?:હજાર|લાખ|k|m)?\s*(?:વ્યૂઝ|વ્યુઝ|views)$/iu,
  /^(?:ઓટોપ્લે|autoplay|auto play)$/iu,
  // Date lines of the page's chrome ("Story first published: 12 Oct 2024, 10:15 IST").
  /^(?:story first published|first published|publish date|published on|published|last updated|updated on|updated)(?: [\p{L}\p{M}\p{N} ]{0,40})?$/iu,
];
/** The most letters and marks (digits aside) in a text that one of JUNK_LABEL_PATTERNS matches:
 * "story first published" and 41 more characters. Cleaning does not test longer texts against
 * the patterns, so raise this with any pattern that matches longer labels. */
export const JUNK_LABEL_PATTERN_LETTERS = 62;

/** Links that share the page or send the reader to an app store. */
export const SHARE_LINK = /(?:facebook\.com\/sharer|twitter\.com\/(?:intent|share)|x\.com\/intent|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/|t\.me\/share|telegram\.me\/share|linkedin\.com\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|mailto:\?)/i;
/** App stores, and the channels portals push readers to (WhatsApp, Telegram, Google News). */
export const APP_STORE_LINK = /(?:play\.google\.com\/store\/apps|apps\.apple\.com\/|itunes\.apple\.com\/|whatsapp\.com\/channel|news\.google\.com\/publications|t\.me\/(?!share))/i;
export const APP_BANNER_TEXT =
  /(?:એપ\s*ડાઉનલોડ|ડાઉનલોડ\s*કરો.*એપ|એપ.*ડાઉનલોડ\s*કરો|download\s+(?:the\s+|our\s+)?app|get\s+the\s+app|for\s+smartphones|google\s+play|app\s+store|(?:whatsapp|telegram|વોટ્સએપ|ટેલિગ્રામ)\s*(?:ચેનલ|ગ્રુપ|channel|group)|google\s+news\s*(?:પર|on)|follow\s+us\s+on\s+google\s+news)/i;

/** Class or id tokens of ad and recommendation slots (GPT, AdSense, Taboola, Outbrain,
 * Colombia and the usual ad-wrapper names). Matched against whole tokens. */
export const AD_SLOT_TOKEN =
  /^(?:ad|ads|adv|advt|advert|adverts|advertisement|advertisements|adsense|adsbygoogle|adslot|adunit|adbox|adblock|adcontainer|adwrapper|ad[-_](?:slot|unit|container|wrapper|wrap|box|block|banner|space|placeholder|holder|label|zone|section|area|div|top|bottom|mid|middle|inline|rhs|lhs|sidebar|\d)[\w-]*|[\w-]*[-_](?:ad|ads|advt|advert|advertisement)|[\w-]*[-_]ads?[-_][\w-]*|div-gpt-ad[\w-]*|gpt-ad[\w-]*|google_ads?[\w-]*|dfp[-_][\w-]*|taboola[\w-]*|trc_[\w-]*|outbrain[\w-]*|ob-widget[\w-]*|ob_[\w-]*|colombia[\w-]*|div-clmb[\w-]*|clmb[-_][\w-]*|sponsored[\w-]*)$/i;

export const AD_SLOT_SELECTORS = [
  'ins.adsbygoogle',
  '[data-ad-slot]',
  '[data-ad-client]',
  '[data-google-query-id]',
  '[data-taboola]',
  '[data-widget-id][data-src*="outbrain"]',
  'iframe[src*="doubleclick"]',
  'iframe[src*="googlesyndication"]',
  'iframe[id^="google_ads"]',
];

export const SHARE_TOKEN = /^(?:[\w-]*[-_])?(?:share|shares|sharing|sharebar|social|socials|sharethis|addthis|a2a_kit|a2a)(?:[-_][\w-]*)?$/i;

/** Media-player chrome ("Video Player is loading", "Current Time"): video.js, JW Player, Plyr. */
export const PLAYER_TOKEN = /^(?:vjs-[\w-]+|video-js|jwplayer|jw-[\w-]+|plyr(?:__[\w-]+)?)$/i;

/** Breadcrumb trails: the section path above a story, often with the headline in English. */
export const BREADCRUMB_TOKEN = /bre?a?d[-_]?cr[ua]m/i;
export const BREADCRUMB_SELECTORS = ['[itemtype*="BreadcrumbList"]', 'nav[aria-label*="breadcrumb" i]', 'ol[aria-label*="breadcrumb" i]'];
