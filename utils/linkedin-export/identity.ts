/**
 * Who a profile address in the export names, by the same rules as everywhere (utils/linkedin/urls.ts): the
 * endorsement files write it without a scheme ("www.linkedin.com/in/aino"), the others in full. Pure.
 */
import { cleanText } from '../clean-text';
import { identityFromUrl, keyOf, type UrlIdentity } from '../linkedin/urls';
import { repairMojibake } from './mojibake';

/** Someone the export names, keyed as the extension keys their profile. */
export interface ExportPerson extends UrlIdentity {
  key: string;
  name: string;
}

/** The identity of an export's profile address, or null when it names nobody (left LinkedIn, "LinkedIn Member"). */
export function exportIdentity(url: string): (UrlIdentity & { key: string }) | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  const full = /^https?:\/\//i.test(trimmed) ? trimmed.replace(/^http:/i, 'https:') : `https://${trimmed}`;
  const identity = identityFromUrl(full);
  const key = identity && keyOf(identity);
  return identity && key ? { ...identity, key } : null;
}

/** A person's name as the export writes it, repaired when double-encoded and cleaned as every way in cleans it. */
export function exportName(...parts: string[]): string {
  return parts
    .map((part) => cleanText(repairMojibake(part)).trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 300);
}

/** The person at `url` with `name`, or null when the address names nobody. */
export function exportPerson(url: string, name: string): ExportPerson | null {
  const identity = exportIdentity(url);
  return identity && { ...identity, name: exportName(name) };
}
