import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../lib/extract/clean';
import { PROSE, PROSE_HTML, page, parse } from '../helpers';

const URL = 'https://news.example/local/gujarat/kutch/rann-utsav-123';

function cleaned(body: string) {
  const doc = parse(page(body), URL);
  const report = cleanDocument(doc, URL);
  return { doc, report, text: doc.body.textContent ?? '' };
}

function expectProseKept(text: string) {
  for (const paragraph of PROSE) expect(text).toContain(paragraph.slice(0, 60));
}

const TOP_STORIES = ['મોન્સૂન અપડેટ: ગુજરાતમાં આ તારીખથી શરૂ થશે ચોમાસું', 'રાજકોટમાં નવો ફ્લાયઓવર ખુલ્લો મુકાયો', 'સુરતના હીરા બજારમાં તેજીનો માહોલ'];

describe('cleanDocument: general cleaning with no site rule', () => {
  it('removes blocks that are only an ad label, in English and Gujarati, with their slots', () => {
    const { text, report } = cleaned(`<div class="story">${PROSE_HTML}
      <div class="wrap"><p>Advertisement</p><div></div></div>
      <div><span>જાહેરાત</span></div>
      <div><p>Sponsored</p></div>
      <p>Embed widget</p></div>`);
    expect(text).not.toMatch(/Advertisement|જાહેરાત|Sponsored|Embed widget/);
    expect(report.labels).toBeGreaterThanOrEqual(4);
    expectProseKept(text);
  });

  it('removes GPT, AdSense, Taboola, Outbrain and Colombia slots', () => {
    const { doc, text } = cleaned(`<div>${PROSE_HTML}
      <div id="div-gpt-ad-1694430000000-0">gpt</div>
      <ins class="adsbygoogle" data-ad-client="ca-pub-1">adsense</ins>
      <div id="taboola-below-article-thumbnails">Taboola feed</div>
      <div class="OUTBRAIN" data-widget-id="AR_1">Outbrain feed</div>
      <div id="div-clmb-ctn-123" class="colombiatracked">Colombia feed</div></div>`);
    expect(text).not.toMatch(/gpt|adsense|Taboola feed|Outbrain feed|Colombia feed/);
    expect(doc.querySelector('ins')).toBeNull();
    expectProseKept(text);
  });

  it('removes a link block headed by "આ પણ વાંચો" inside the article, and keeps the paragraphs around it', () => {
    const { text, report } = cleaned(`<article><p>${PROSE[0]}</p>
      <p><strong>આ પણ વાંચો:</strong> <a href="/a">અમદાવાદમાં મેટ્રોનો બીજો તબક્કો શરૂ</a></p>
      <p>${PROSE[1]}</p>
      <h4>ટ્રેન્ડિંગ</h4><ul><li><a href="/b">ગોંડલ યાર્ડમાં મગફળીની આવક</a></li><li><a href="/c">ભાવનગરમાં વરસાદ</a></li></ul>
      <p>${PROSE[2]}</p></article>`);
    expect(text).not.toMatch(/આ પણ વાંચો|અમદાવાદમાં મેટ્રોનો|ટ્રેન્ડિંગ|ગોંડલ યાર્ડમાં|ભાવનગરમાં વરસાદ/);
    expect(report.headedBlocks).toBeGreaterThanOrEqual(2);
    expectProseKept(text);
  });

  it('removes a sidebar box headed by "ટોપ સ્ટોરી" as a whole', () => {
    const { text } = cleaned(`<div class="grid"><div class="main">${PROSE_HTML}</div>
      <div class="side"><div class="box"><h3><span>ટોપ સ્ટોરી</span></h3>
      <ul>${TOP_STORIES.map((s) => `<li><p>${s}</p><a href="#">વધુ</a></li>`).join('')}</ul></div></div></div>`);
    for (const story of TOP_STORIES) expect(text).not.toContain(story);
    expectProseKept(text);
  });

  it('removes link lists whose items are repeated elsewhere on the page', () => {
    const items = TOP_STORIES.map(
      (s, i) => `<li><a href="/s${i}"><img src="/i${i}.jpg" alt=""></a><div class="overlay">${s}</div><a href="/s${i}">${s}</a></li>`,
    ).join('');
    const { text, report } = cleaned(`<div>${PROSE_HTML}</div><div class="widget"><h3>મુખ્ય સમાચાર</h3><ul>${items}</ul></div>`);
    for (const story of TOP_STORIES) expect(text).not.toContain(story);
    expect(text).not.toContain('મુખ્ય સમાચાર');
    expect(report.repeatedLists).toBe(1);
    expectProseKept(text);
  });

  it('keeps a list of links that appear only once (it may belong to the article)', () => {
    const { text } = cleaned(`<div>${PROSE_HTML}<ul><li><a href="/x">ગુજરાત સરકારનો સત્તાવાર પરિપત્ર</a></li><li><a href="/y">હવામાન વિભાગની સત્તાવાર આગાહી</a></li></ul></div>`);
    expect(text).toContain('ગુજરાત સરકારનો સત્તાવાર પરિપત્ર');
  });

  it('removes hashtag lines and "|"-separated keyword clouds', () => {
    const { text, report } = cleaned(`<div>${PROSE_HTML}<div class="x">#Gujarat #Vadodara #નવરાત્રિ</div>
      <p>Gujarat News | Vadodara | Navratri 2024 | Garba | ગુજરાતી સમાચાર</p></div>`);
    expect(text).not.toMatch(/#Gujarat|Navratri 2024/);
    expect(report.hashtagLines).toBe(1);
    expect(report.keywordClouds).toBe(1);
    expectProseKept(text);
  });

  it('keeps a sentence that merely contains a "|"', () => {
    const { text } = cleaned(`<div>${PROSE_HTML}<p>સ્કોર: ગુજરાત | 180/4, મુંબઈ | 176/8. મેચ છેલ્લી ઓવરમાં ગુજરાતે જીતી લીધી હતી.</p></div>`);
    expect(text).toContain('મેચ છેલ્લી ઓવરમાં');
  });

  it('removes share bars and app banners', () => {
    const { text, report } = cleaned(`<div>${PROSE_HTML}
      <div class="share-bar">શેર કરો <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></div>
      <div class="promo"><p>ABP અસ્મિતા એપ ડાઉનલોડ કરો</p><p>for smartphones and tablets</p>
      <a href="https://play.google.com/store/apps/details?id=x">Google Play</a></div></div>`);
    expect(text).not.toMatch(/Facebook|WhatsApp|એપ ડાઉનલોડ|smartphones|Google Play/);
    expect(report.shareBars + report.appBanners).toBeGreaterThanOrEqual(2);
    expectProseKept(text);
  });

  it('removes breadcrumb trails, marked or not', () => {
    const { text, report } = cleaned(`<div>${PROSE_HTML}</div>
      <div class="db_artbredcram"><a href="/">Home</a> › <a href="/local/">Local</a></div>
      <ul><li><a href="/">Gujarati News</a></li><li><a href="/local/">Local</a></li><li><a href="/local/gujarat/">Gujarat</a></li><li>Rann Utsav Story In English</li></ul>`);
    expect(text).not.toMatch(/Home|Gujarati News|Rann Utsav Story In English/);
    expect(report.breadcrumbs).toBe(2);
    expectProseKept(text);
  });

  it('keeps a list of links to other sections (not a trail up this page’s path)', () => {
    const { text } = cleaned(`<div>${PROSE_HTML}<ul><li><a href="/sports/">રમતગમત</a></li><li><a href="/business/">બિઝનેસ</a></li></ul></div>`);
    expect(text).toContain('રમતગમત');
  });

  it('removes an inline "આ પણ વાંચો:" link inside a paragraph of prose, up to the line break', () => {
    const { text } = cleaned(`<div>${PROSE[0]}<br><br><strong>આ પણ વાંચો: </strong><a href="/x">AC ચલાવતી વખતે આ ભૂલો કરશો તો વીજળી બિલ વધશે</a><br><br>${PROSE[1]}</div><p>${PROSE[2]}</p>`);
    expect(text).not.toMatch(/આ પણ વાંચો|AC ચલાવતી વખતે/);
    expectProseKept(text);
  });

  it('removes media-player chrome and WhatsApp-channel promotions', () => {
    const { text } = cleaned(`<div>${PROSE_HTML}<div class="video-js"><span class="vjs-control-text">Video Player is loading.</span></div>
      <div class="subscribe"><p>તાજા સમાચાર માટે અમારી WhatsApp ચેનલ સાથે જોડાઓ અને Google News પર ફોલો કરો.</p><a href="https://whatsapp.com/channel/x">WhatsApp</a></div></div>`);
    expect(text).not.toMatch(/Video Player|WhatsApp/);
    expectProseKept(text);
  });

  it('knows a boilerplate heading widened by a word ("વધુ ફોટો ગેલેરી", "ટ્રેન્ડિંગ ન્યૂઝ")', () => {
    const { text } = cleaned(`<article>${PROSE_HTML}</article>
      <section><h2>વધુ ફોટો ગેલેરી</h2><ul><li><a href="/p1">ઉત્તરાયણમાં પોળોમાં પતંગોનો જંગ</a></li></ul></section>
      <section><h3>ટ્રેન્ડિંગ ન્યૂઝ</h3><ul><li><a href="/t1">સાપુતારામાં શિયાળુ ઉત્સવ શરૂ</a></li></ul></section>`);
    expect(text).not.toMatch(/ફોટો ગેલેરી|પતંગોનો જંગ|ટ્રેન્ડિંગ|શિયાળુ ઉત્સવ/);
    expectProseKept(text);
  });

  it('removes player widgets: view counts, autoplay toggles', () => {
    const { text } = cleaned(`<div>${PROSE_HTML}<div class="bar"><label><input type="checkbox"> ઓટોપ્લે</label><span>12 હજાર વ્યૂઝ</span></div></div>`);
    expect(text).not.toMatch(/ઓટોપ્લે|વ્યૂઝ/);
    expectProseKept(text);
  });

  it('never removes article prose, even inside a container with an ad-like class', () => {
    const { text } = cleaned(`<div class="sponsored-story ad-wrapper"><h2>ટ્રેન્ડિંગ</h2>${PROSE_HTML}</div>`);
    expectProseKept(text);
  });
});
