/**
 * Give and take across the network (docs/ARCHITECTURE.md, vastavuoroisuus): how often the user helped and was helped, and
 * a nudge to give first to the people who helped them more than they helped back.
 */
import { t, tPlural } from '@/utils/i18n';
import { networkGiveTake } from '@/utils/plan/give-take';
import { NameLinks } from './NameLinks';
import type { Entry } from '@/utils/model/entry';
import type { Summary } from '@/utils/model/summary';

interface Props {
  contacts: Summary[];
  byKey: ReadonlyMap<string, Summary>;
  timelines: ReadonlyMap<string, readonly Entry[]>;
}

export function GiveTake({ contacts, byKey, timelines }: Props) {
  const { gave, received, owedHelp } = networkGiveTake(contacts, timelines);
  const times = new Map(owedHelp.map((owed) => [owed.key, owed.times]));
  return (
    <section aria-labelledby="give-take-title" data-testid="give-take">
      <h3 id="give-take-title">{t('giveTakeTitle')}</h3>
      <p>
        {tPlural('giveTakeGave', gave)} {tPlural('giveTakeReceived', received)}
      </p>
      {owedHelp.length > 0 && (
        <>
          <p>{t('giveFirst')}</p>
          <NameLinks
            keys={owedHelp.map((owed) => owed.key)}
            names={byKey}
            detail={(key) => tPlural('focusHelpedYou', times.get(key)!)}
            testId="give-first"
          />
        </>
      )}
    </section>
  );
}
