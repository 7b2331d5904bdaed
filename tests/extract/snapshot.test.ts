import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract';
import { NATIVE_LIMIT, RUN_LIMIT, snapshotPage } from '../../lib/extract/snapshot';
import { ABP_ARTICLE, fixture, loadFixtures, parse } from '../helpers';

const abp = fixture(ABP_ARTICLE);
const noYield = () => Promise.resolve();

// Both ways of copying: the browser's own cloning for pages of ordinary size, and the sliced walk
// for large ones (nativeLimit 0 forces it).
describe.each([
  ['copied natively', { yieldToPage: noYield }],
  ['copied by the sliced walk', { yieldToPage: noYield, nativeLimit: 0 }],
])('snapshotPage (the content script’s whole job), %s', (_label, way) => {
  it('takes the page as HTML that reads to the same article, without changing the page', async () => {
    const doc = parse(abp.html, abp.expected.url);
    const before = doc.documentElement.outerHTML;
    const snapshot = await snapshotPage(doc, abp.expected.url, way);
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!snapshot.ok) throw new Error(snapshot.message);
    const result = extractFromHtml(snapshot.html, snapshot.url, {}, new DOMParser());
    expect(result.ok && result.article.title).toBe(abp.expected.title);
    for (const text of abp.expected.mustContain) expect(result.ok && result.article.textContent).toContain(text);
  });

  it('leaves out scripts and styles but keeps JSON-LD', async () => {
    const doc = parse('<html><head><script>var secret = 1</script><style>p{}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>લખાણ</p></body></html>');
    const snapshot = await snapshotPage(doc, 'https://example.com/', way);
    expect(snapshot.ok && snapshot.html).not.toMatch(/secret|p\{\}/);
    expect(snapshot.ok && snapshot.html).toContain('NewsArticle');
  });

  it('keeps a hidden attribute the page set, when a hiding style is dropped beside it', async () => {
    const doc = parse('<html><body><div hidden="until-found" style="display:none">ખોલી શકાય એવું લખાણ</div></body></html>');
    const snapshot = await snapshotPage(doc, 'https://example.com/', way);
    expect(parse(snapshot.ok ? snapshot.html : '').querySelector('div')!.getAttribute('hidden')).toBe('until-found');
  });

  it('drops event handlers and inline styles from the root element too', async () => {
    const doc = parse('<html lang="gu" onclick="alert(1)" style="color:red"><body onload="alert(2)"><p>લખાણ</p></body></html>');
    const snapshot = await snapshotPage(doc, 'https://example.com/', way);
    expect(snapshot.ok && snapshot.html).not.toMatch(/onclick|onload|style=/);
    expect(parse(snapshot.ok ? snapshot.html : '').documentElement.getAttribute('lang')).toBe('gu');
  });

  it('keeps the links that say which story the page is, and no other', async () => {
    const doc = parse('<html><head><link rel="stylesheet" href="/a.css"><link rel="Canonical" href="https://news.example/a/2"><link rel="preload" href="/f.woff2"></head><body><article><link itemprop="mainEntityOfPage" href="https://news.example/a/2"><p>લખાણ</p></article></body></html>');
    const snapshot = await snapshotPage(doc, 'https://news.example/a/2', way);
    const back = parse(snapshot.ok ? snapshot.html : '');
    expect(Array.from(back.querySelectorAll('link'), (l) => l.getAttribute('rel') ?? l.getAttribute('itemprop'))).toEqual(['Canonical', 'mainEntityOfPage']);
  });

  it('escapes text and attributes so the snapshot parses back to the same tree', async () => {
    const doc = parse('<html><body><div id="a"><p title="x &quot;y&quot; &lt;z&gt;">a &lt;b&gt; &amp; c</p></div></body></html>');
    const snapshot = await snapshotPage(doc, 'https://example.com/', way);
    const back = parse(snapshot.ok ? snapshot.html : '');
    expect(back.querySelector('p')!.getAttribute('title')).toBe('x "y" <z>');
    expect(back.querySelector('p')!.textContent).toBe('a <b> & c');
  });

  it('drops event handlers and inline styles (a hiding style becomes hidden), and keeps JSON-LD closed', async () => {
    const doc = parse(
      '<html><head><script type="application/ld+json">{}</script></head><body><p onclick="alert(1)" style="color:red">લખાણ</p><div style="display: none">છુપું</div><details open ontoggle="alert(1)"><summary>x</summary></details><img src="https://a.example/x.jpg" onerror="alert(1)"></body></html>',
    );
    // A page script can put anything into JSON-LD, "</script>" included.
    doc.querySelector('script')!.textContent = '{"headline":"</script><img src=x onerror=alert(1)>"}';
    const snapshot = await snapshotPage(doc, 'https://example.com/', way);
    const back = parse(snapshot.ok ? snapshot.html : '');
    expect(back.querySelector('[onclick], [ontoggle], [onerror], [style]')).toBeNull();
    expect(back.querySelector('div')!.hasAttribute('hidden')).toBe(true);
    expect(back.querySelectorAll('img')).toHaveLength(1);
    expect(back.querySelector('script')!.textContent).toContain('<\\/script><img');
  });

});

describe('snapshotPage on large pages: the sliced walk', () => {
  it.each(loadFixtures().map((f) => [f.name, f] as const))('copies %s as the native way does', async (_name, f) => {
    const doc = parse(f.html, f.expected.url);
    const sliced = await snapshotPage(doc, f.expected.url, { yieldToPage: noYield, nativeLimit: 0 });
    const native = await snapshotPage(doc, f.expected.url, { yieldToPage: noYield });
    if (!sliced.ok || !native.ok) throw new Error('not copied');
    expect(parse(sliced.html).documentElement.outerHTML).toBe(parse(native.html).documentElement.outerHTML);
  });

  it('is taken for pages of more than NATIVE_LIMIT elements, and copies the same as the native way', async () => {
    const doc = parse(`<html><body><article>${'<p style="color:red" onclick="x()">લખાણ <b>ઘણું</b></p>'.repeat(NATIVE_LIMIT / 2)}</article></body></html>`);
    let yields = 0;
    const sliced = await snapshotPage(doc, 'https://x/', { yieldToPage: async () => void yields++, sliceMs: 0 });
    const native = await snapshotPage(doc, 'https://x/', { yieldToPage: noYield, nativeLimit: Infinity });
    expect(yields).toBeGreaterThan(0);
    if (!sliced.ok || !native.ok) throw new Error('not copied');
    expect(parse(sliced.html).body.outerHTML).toBe(parse(native.html).body.outerHTML);
  });

  it('lets the page run between short slices of work', async () => {
    const doc = parse(`<html><body>${'<div><p>લખાણ</p><span>x</span></div>'.repeat(3000)}</body></html>`);
    let clock = 0;
    let yields = 0;
    // Every step of work costs 1 ms on this clock; slices may not exceed 16.
    const snapshot = await snapshotPage(doc, 'https://example.com/', {
      nativeLimit: 0,
      now: () => clock++,
      yieldToPage: async () => void yields++,
    });
    expect(snapshot.ok).toBe(true);
    // 15,000 nodes, the clock read every 64: about 230 reads, a yield every 17 of them.
    expect(yields).toBeGreaterThanOrEqual(10);
  });

  it('stops and declines as soon as the snapshot passes its element limit', async () => {
    const doc = parse(`<html><body>${'<p>લખાણ</p>'.repeat(2000)}</body></html>`);
    let steps = 0;
    const result = await snapshotPage(doc, 'https://x/', { nativeLimit: 0, maxElements: 100, now: () => steps++, yieldToPage: noYield });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    // The walk stopped near the limit instead of copying all 2,000 paragraphs first.
    expect(steps).toBeLessThan(20);
  });

  it('cuts an endless run of story cards to RUN_LIMIT, and the article reads the same', async () => {
    const article = `<article><h1>અમદાવાદમાં નવો બગીચો</h1>${'<p>અમદાવાદ મ્યુનિસિપલ કોર્પોરેશને શહેરના પૂર્વ વિસ્તારમાં નવા બગીચાનું કામ શરૂ કર્યું છે, જેમાં બાળકો માટે રમતનું મેદાન હશે.</p>'.repeat(4)}</article>`;
    const cards = Array.from({ length: 5000 }, (_, i) => `<li class="card"><a href="/story-${i}"><img src="/i/${i}.jpg"><span>સમાચાર ${i}</span></a></li>`).join('');
    const doc = parse(`<html lang="gu"><body><main>${article}<ul class="more">${cards}</ul></main></body></html>`, 'https://news.example/a/1');
    const snapshot = await snapshotPage(doc, 'https://news.example/a/1', { yieldToPage: noYield, nativeLimit: 0 });
    if (!snapshot.ok) throw new Error(snapshot.message);
    const back = parse(snapshot.html);
    expect(back.querySelectorAll('li.card')).toHaveLength(RUN_LIMIT);
    expect(snapshot.trimmed).toBe(5000 - RUN_LIMIT);
    expect(back.querySelector('li.card a')!.getAttribute('href')).toBe('/story-0');
    const whole = extractFromHtml(`<!doctype html>${doc.documentElement.outerHTML}`, 'https://news.example/a/1', {}, new DOMParser());
    const cut = extractFromHtml(snapshot.html, 'https://news.example/a/1', {}, new DOMParser());
    expect(cut.ok && cut.article.textContent).toBe(whole.ok && whole.article.textContent);
    expect(cut.ok && cut.article.textContent).toContain('બગીચાનું કામ');
  });

  it('lets the page run while it passes over the cards it leaves out', async () => {
    const cards = '<li class="card"><a href="/s"><span>સમાચાર</span></a></li>'.repeat(20_000);
    const doc = parse(`<html><body><p>લખાણ</p><ul>${cards}</ul></body></html>`);
    let clock = 0;
    let yields = 0;
    const snapshot = await snapshotPage(doc, 'https://x/', { nativeLimit: 0, now: () => clock++, yieldToPage: async () => void yields++ });
    expect(snapshot.ok && snapshot.trimmed).toBe(20_000 - RUN_LIMIT);
    // The cards copied take a few hundred steps; the 19,900 passed over must yield as well.
    expect(yields).toBeGreaterThanOrEqual(15);
  });

  it('never cuts a run of siblings without links, nor siblings of different kinds', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>ફકરો ${i}</p>`).join('');
    const mixed = Array.from({ length: 300 }, (_, i) => `<li class="k${i % 2}"><a href="/${i}">કડી ${i}</a></li>`).join('');
    const doc = parse(`<html><body><div>${paragraphs}</div><ul>${mixed}</ul></body></html>`);
    const snapshot = await snapshotPage(doc, 'https://x/', { yieldToPage: noYield, nativeLimit: 0 });
    if (!snapshot.ok) throw new Error(snapshot.message);
    const back = parse(snapshot.html);
    expect(back.querySelectorAll('p')).toHaveLength(300);
    expect(back.querySelectorAll('li')).toHaveLength(300);
    expect(snapshot.trimmed).toBe(0);
  });

  it('declines a PDF, a non-HTML tab and an oversized page', async () => {
    expect(await snapshotPage({ contentType: 'application/pdf' } as Document, 'https://x/a')).toMatchObject({ ok: false, reason: 'pdf' });
    expect(await snapshotPage({ contentType: 'image/png' } as Document, 'https://x/a.png')).toMatchObject({ ok: false, reason: 'not-html' });
    const doc = parse(`<html><body>${'<p>લખાણ લખાણ લખાણ</p>'.repeat(500)}</body></html>`);
    expect(await snapshotPage(doc, 'https://x/', { yieldToPage: noYield, maxChars: 1000 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('turns an unexpected failure into a declined result, not an exception', async () => {
    const broken = {
      contentType: 'text/html',
      get documentElement(): never {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(await snapshotPage(broken, 'https://example.com/')).toMatchObject({ ok: false, reason: 'error', message: 'boom' });
  });
});
