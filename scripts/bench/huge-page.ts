/** A generated page of about 12 MB and 150,000 elements: one article buried under endless lists
 * of story cards with tracking data, for the huge-page benchmark. The cards' images load lazily
 * (a placeholder in src, the picture in data-src), as on the portals: 37,000 eager images would
 * keep the page itself loading for minutes. */
const PARAGRAPH =
  'અમદાવાદ મ્યુનિસિપલ કોર્પોરેશને શહેરના પૂર્વ વિસ્તારમાં નવા બગીચાનું કામ શરૂ કર્યું છે. અધિકારીઓના જણાવ્યા મુજબ આ બગીચામાં બાળકો માટે રમતનું મેદાન, વરિષ્ઠ નાગરિકો માટે ચાલવાનો રસ્તો અને નાનું પુસ્તકાલય પણ હશે.';

const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

export function hugePage(targetElements = 150_000, targetChars = 12_000_000): string {
  const parts: string[] = [
    '<!doctype html><html lang="gu"><head><meta charset="utf-8"><title>બગીચાનું કામ શરૂ | મોટું પાનું</title>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"અમદાવાદના પૂર્વ વિસ્તારમાં નવા બગીચાનું કામ શરૂ","datePublished":"2025-01-10T10:00:00+05:30"}</script>',
    '</head><body><header><nav><a href="/">હોમ</a></nav></header><main><article><h1>અમદાવાદના પૂર્વ વિસ્તારમાં નવા બગીચાનું કામ શરૂ</h1>',
  ];
  for (let i = 0; i < 8; i++) parts.push(`<p>${PARAGRAPH} (${i + 1})</p>`);
  parts.push('</article><section class="more-stories"><h2>વધુ સમાચાર</h2><ul>');
  let elements = 22;
  let chars = parts.join('').length;
  let n = 0;
  const tracking = JSON.stringify({ list: 'more-stories', source: 'homepage-feed', experiment: 'b'.repeat(30) });
  // Story cards: 4 elements each, until both targets are met.
  while (elements < targetElements || chars < targetChars) {
    const item = `<li class="story-card" data-track='${tracking}'><a href="/gujarat/news/story-${n}-amdavad-bagicho-navo-rasto"><img class="lazyload" src="${PLACEHOLDER}" data-src="/img/${n}.jpg" alt="સમાચાર ${n}"><span>શહેરના સમાચાર ${n}: નવા બગીચા પાસે રસ્તાનું કામ</span></a></li>`;
    parts.push(item);
    elements += 4;
    chars += item.length;
    n++;
  }
  parts.push('</ul></section></main><footer>© ગુજરાતી પોર્ટલ</footer></body></html>');
  return parts.join('');
}
