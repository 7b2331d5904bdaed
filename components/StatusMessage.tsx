import type { Bilingual } from '../lib/ui-text';
import { Bi } from './Bi';

interface Props {
  title: Bilingual;
  detail?: Bilingual;
  busy?: boolean;
}

/** A bilingual message in place of the article. */
export function StatusMessage({ title, detail, busy = false }: Props) {
  return (
    <section class={busy ? 'status status-busy' : 'status'} role={busy ? 'status' : 'alert'} aria-busy={busy}>
      <h1 class="status-title">
        <Bi value={title} />
      </h1>
      {detail && (
        <p class="status-detail">
          <Bi value={detail} />
        </p>
      )}
    </section>
  );
}
