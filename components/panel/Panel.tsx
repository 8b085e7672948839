/**
 * The panel beside a profile page: what the person knows about whoever is on screen. This is its shell, collapsed
 * to a tab or open with a header; what it holds is PanelBody.tsx. One panel, two hosts: in LinkedIn's page
 * (entrypoints/content/panel-host.tsx) and in the browser's side panel (entrypoints/sidepanel/), which has no
 * collapsing of its own (the browser closes it).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { NoteBox } from './InviteComposer';
import { PanelBody } from './PanelBody';
import { usePersonView } from './use-person-view';
import { useInviteOffer } from './use-invite-offer';
import type { Profile } from '@/utils/model/profile';

export type Theme = 'light' | 'dark';

interface Props {
  profile: Profile;
  theme: Theme;
  collapsed: boolean;
  /** Collapses or opens the panel; without it (the side panel) the panel has no collapse button. */
  onCollapsedChange?: (collapsed: boolean) => void;
  /** LinkedIn's invitation note box, while its dialog is open. */
  noteBox: NoteBox | null;
}

export function Panel({ profile, theme, collapsed, onCollapsedChange, noteBox }: Props) {
  const personView = usePersonView(profile);
  const { view, shownAt } = personView;
  const name = view?.summary?.name || profile.name;
  // Collapsing or expanding removes the button that was pressed: keep keyboard focus on its counterpart.
  const toggle = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useLayoutEffect(() => {
    if (toggled.current) toggle.current?.focus();
    toggled.current = false;
  }, [collapsed]);
  const setCollapsed = (next: boolean) => {
    toggled.current = true;
    onCollapsedChange?.(next);
  };
  const offer = useInviteOffer(noteBox);

  // While LinkedIn's note box is open, the panel shows itself (without changing the remembered choice).
  if (collapsed && !offer.boxOffered) {
    return (
      <div class="root collapsed" data-theme={theme} data-testid="panel" data-state="collapsed">
        <button
          ref={toggle}
          type="button"
          class="expand"
          data-testid="panel-expand"
          aria-expanded="false"
          onClick={() => setCollapsed(false)}
        >
          {/* The page's own name, never a saved one: the tab's size must not tell the page what was saved. */}
          {t('panelExpand', profile.name || t('panelTitle'))}
        </button>
      </div>
    );
  }

  return (
    <aside
      class="root"
      data-theme={theme}
      data-testid="panel"
      data-state={view ? 'ready' : 'loading'}
      data-contact-key={profile.key}
      data-shown-at={shownAt ?? undefined}
      aria-label={t('panelTitle')}
    >
      <header class="header">
        <h2>{t('panelTitle')}</h2>
        {onCollapsedChange && (
          <button
            ref={toggle}
            type="button"
            class="icon"
            data-testid="panel-collapse"
            aria-expanded="true"
            aria-label={t('panelCollapse')}
            title={t('panelCollapse')}
            onClick={() => setCollapsed(true)}
          >
            ›
          </button>
        )}
      </header>
      <PanelBody personView={personView} profile={profile} name={name} noteBox={noteBox} offer={offer} />
    </aside>
  );
}
