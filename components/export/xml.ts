/** XML text helpers shared by the GraphML and GEXF writers. */

/** XML 1.0 forbids most control characters even when escaped; they are dropped. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

function dropInvalid(value: string): string {
  let out = '';
  for (const ch of value) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** Escapes text for use in element content or a double- or single-quoted attribute. */
export function xmlEscape(value: string): string {
  return dropInvalid(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // As character references, line breaks and tabs survive attribute-value normalisation.
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** `name="value"` pairs, escaped, skipping undefined values. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${k}="${xmlEscape(String(v))}"`)
    .join(' ');
}
