import { useMemo } from 'preact/hooks';
import type { Article } from '../lib/extract/types';
import { sanitizeArticleHtml } from '../lib/extract/sanitize';
import { comparisonKey } from '../lib/gujarati';
import { Bi } from './Bi';

function webUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(lang === 'gu' ? 'gu-IN' : undefined, {
    dateStyle: 'long',
    timeZone: 'Asia/Kolkata',
  }).format(date);
}

/** The article: metadata as text only, the body as sanitized HTML. */
export function ArticleView({ article }: { article: Article }) {
  const html = useMemo(() => sanitizeArticleHtml(article.content), [article.content]);
  const original = webUrl(article.url);
  const date = formatDate(article.publishedTime, article.lang);
  // The standfirst often opens the body too; show it once.
  const standfirst =
    article.excerpt && !comparisonKey(article.textContent).includes(comparisonKey(article.excerpt))
      ? article.excerpt
      : null;
  return (
    <article class="article" lang={article.lang} dir={article.dir}>
      <header class="article-header">
        <h1 class="article-title">{article.title}</h1>
        {standfirst && <p class="article-standfirst">{standfirst}</p>}
        <p class="article-meta">
          {article.byline && <span class="article-byline">{article.byline}</span>}
          {date && article.publishedTime && (
            <time class="article-date" dateTime={article.publishedTime}>
              {date}
            </time>
          )}
          <span class="article-reading-time">
            <Bi k="readingTime" n={article.readingMinutes} />
          </span>
        </p>
        <p class="article-source">
          {original ? (
            <a href={original} target="_blank" rel="noopener noreferrer">
              {article.siteName ?? new URL(original).hostname}
            </a>
          ) : (
            article.siteName
          )}
          {original && (
            <span class="article-original">
              {' · '}
              <a href={original} target="_blank" rel="noopener noreferrer">
                <Bi k="originalLink" />
              </a>
            </span>
          )}
        </p>
      </header>
      <div class="article-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
