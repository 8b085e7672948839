/**
 * People by name, each a link to their page in the dashboard, and "and 12 more" past the first few: a short
 * list to act on, not a roll to scroll through.
 */
import { tPlural } from '@/utils/i18n';
import { hrefOf } from './route';
import type { Summary } from '@/utils/model/summary';

interface Props {
  keys: string[];
  names: ReadonlyMap<string, Summary>;
  /** How many there are in all, when `keys` holds only the first of them. */
  total?: number;
  /** How many to name: the rest are counted. */
  shown?: number;
  /** What to say after a name: "helped you twice". */
  detail?: (key: string) => string;
  testId?: string;
}

export function NameLinks({ keys, names, total = keys.length, shown = 10, detail, testId }: Props) {
  const named = keys.slice(0, shown);
  return (
    <ul class="name-links">
      {named.map((key) => (
        <li key={key} data-testid={testId}>
          <a href={hrefOf({ page: 'contact', key })}>{names.get(key)?.name || key}</a>
          {detail && <span class="muted"> · {detail(key)}</span>}
        </li>
      ))}
      {total > named.length && <li class="muted">{tPlural('andMore', total - named.length)}</li>}
    </ul>
  );
}
