/**
 * A short fingerprint of the canvas stylesheet's settings, stored with each snapshot so a view
 * saved under an older style can be told apart from one drawn with today's.
 */
import { KIND_STYLES, STYLE_DEFAULTS } from '@/components/graph/style';

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export const STYLE_VERSION = `style-${fnv1a(JSON.stringify({ STYLE_DEFAULTS, KIND_STYLES }))}`;
