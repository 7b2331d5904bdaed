import { describe, expect, it } from 'vitest';
import { normalizeDate, readMetadata } from '../../lib/extract/metadata';
import { page, parse } from '../helpers';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readMetadata', () => {
  it('reads headline, authors, date and publisher from a JSON-LD @graph', () => {
    const doc = parse(
      page(
        '<p>x</p>',
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', name: 'પાનું' },
            {
              '@type': 'NewsArticle',
              headline: 'ધોરડોમાં પ્રવાસીઓનો ધસારો &amp; બુકિંગ ફુલ',
              datePublished: '2024-11-19T07:30:00+05:30',
              author: [{ '@type': 'Person', name: 'કૌશલ જોષી' }, { '@type': 'Person', name: 'રિપોર્ટર બે' }],
            },
            { '@type': 'NewsMediaOrganization', name: 'ગુજરાતી પોર્ટલ' },
          ],
        }),
      ),
    );
    const meta = readMetadata(doc);
    expect(meta.headline).toBe('ધોરડોમાં પ્રવાસીઓનો ધસારો & બુકિંગ ફુલ');
    expect(meta.byline).toBe('કૌશલ જોષી, રિપોર્ટર બે');
    expect(meta.publishedTime).toBe('2024-11-19T02:00:00.000Z');
    expect(meta.siteName).toBe('ગુજરાતી પોર્ટલ');
    expect(meta.hasArticleType).toBe(true);
  });

  it('falls back to meta tags when JSON-LD is broken', () => {
    const doc = parse(
      page(
        '<p>x</p>',
        `<script type="application/ld+json">{ broken </script>
         <meta property="og:site_name" content="સંદેશ"><meta property="article:published_time" content="2025-05-27T18:42:00+05:30">
         <meta name="author" content="સ્ટાફ રિપોર્ટર"><meta property="og:type" content="article">`,
      ),
    );
    const meta = readMetadata(doc);
    expect(meta).toMatchObject({ siteName: 'સંદેશ', byline: 'સ્ટાફ રિપોર્ટર', publishedTime: '2025-05-27T13:12:00.000Z', hasArticleType: true });
  });

  it('marks listing pages', () => {
    const doc = parse(page('<p>x</p>', ld({ '@type': 'CollectionPage', name: 'ગુજરાત' })));
    expect(readMetadata(doc)).toMatchObject({ hasListingType: true, hasArticleType: false });
  });

  it('rejects dates that do not parse or are implausible', () => {
    expect(normalizeDate('not a date')).toBeNull();
    expect(normalizeDate('0001-01-01')).toBeNull();
    expect(normalizeDate('2023-09-11')).toBe('2023-09-11T00:00:00.000Z');
  });
});
