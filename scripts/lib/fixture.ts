/** The expectations file beside each fixture page (<page>.expected.json): what a reader must
 * show of the page and what it must not. Read by the tests and by scripts/check-fixture.ts. */
export interface FixtureExpectations {
  url: string;
  kind: 'article' | 'not-article';
  title: string | null;
  byline: string | null;
  published: string | null;
  mustContain: string[];
  mustNotContain: string[];
}
