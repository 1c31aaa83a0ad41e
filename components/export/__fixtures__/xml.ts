/** XML parsing for the export tests: the document and every warning or error the parser reported. */
import { DOMParser } from '@xmldom/xmldom';

export function parseXml(xml: string, mimeType: 'application/xml' | 'image/svg+xml' = 'application/xml') {
  const errors: string[] = [];
  const report = (message: string) => void errors.push(message);
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, mimeType);
  return { doc, errors };
}
