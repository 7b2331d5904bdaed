import type { Bilingual } from '../lib/ui-text';

interface Props {
  title: Bilingual;
  detail?: Bilingual;
  busy?: boolean;
}

/** A bilingual message in place of the article: Gujarati first, English beside it. */
export function StatusMessage({ title, detail, busy = false }: Props) {
  return (
    <section class={busy ? 'status status-busy' : 'status'} role={busy ? 'status' : 'alert'} aria-busy={busy}>
      <h1 class="status-title">
        <span lang="gu">{title.gu}</span>
        <span class="status-en" lang="en">{title.en}</span>
      </h1>
      {detail && (
        <p class="status-detail">
          <span lang="gu">{detail.gu}</span>
          <span class="status-en" lang="en">{detail.en}</span>
        </p>
      )}
    </section>
  );
}
