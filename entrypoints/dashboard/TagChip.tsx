/** A tag as a small label, in the colour the user gave it (with text that stays readable on it). */
import type { Settings } from '@/utils/settings';
import { entryOf } from '@/utils/tag-maps';

/** Black or white, whichever reads better on `#rrggbb` (WCAG relative luminance). */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

export function TagChip({ tag, settings }: { tag: string; settings: Settings }) {
  const color = entryOf(settings.tagColors, tag);
  return (
    <span class="tag-chip" style={color ? { background: color, color: textOn(color), borderColor: color } : undefined}>
      {tag}
    </span>
  );
}
