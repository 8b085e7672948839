/** An entry's text, folded after a few lines (panel.css, .folded) behind "Show more" when it is longer. */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function EntryText({ text }: { text: string }) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [long, setLong] = useState(false);
  const [open, setOpen] = useState(false);
  const id = useId();
  // Whether the text is longer than the fold is known only once it is laid out, and again at each new width.
  useLayoutEffect(() => {
    if (open) return;
    const element = paragraph.current!;
    const measure = () => setLong(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, open]);

  return (
    <>
      <p
        ref={paragraph}
        id={id}
        class={open ? 'item-text' : long ? 'item-text folded cut' : 'item-text folded'}
        data-testid="note-text"
      >
        {text}
      </p>
      {long && (
        <button
          type="button"
          class="link more"
          data-testid="note-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('noteShowLess') : t('noteShowMore')}
        </button>
      )}
    </>
  );
}
