/**
 * The one request-body reader. Every API route turns Next's body parser off
 * (`export const config = { api: { bodyParser: false } }`), because Next answers a malformed or
 * oversized body itself, in plain text; reading it here gives those failures the API's error shape.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError } from '@/graph/http/errors';

/** The body as UTF-8 text; a 413 ApiError once it passes `maxBytes` (the rest is drained, not kept). */
export async function readTextBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      // Keep reading past the cap so the client sees our answer instead of a reset connection.
      if (size <= maxBytes) chunks.push(buffer);
    }
  } catch {
    // The client hung up mid-body (Node says ECONNRESET, which must not read as "Neo4j is down").
    throw new ApiError(400, 'BadRequest', `The request body was cut off after ${size} bytes.`);
  }
  if (size > maxBytes) {
    throw new ApiError(413, 'TooLarge', `The request body is ${size} bytes; the limit is ${maxBytes} bytes.`, { bytes: size, maxBytes });
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `application/json`, or any `+json` type, with or without parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * The body parsed as JSON: 415 unless it is declared as JSON (which also keeps plain HTML forms
 * on other sites from posting here), 413 above `maxBytes`, 400 naming the position when it is not JSON.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (!isJsonContentType(contentType)) {
    req.resume(); // drain what was sent, so the answer is not a reset connection
    throw new ApiError(415, 'UnsupportedMediaType', `Send the body as JSON with Content-Type: application/json (got ${contentType ? `"${contentType}"` : 'none'}).`);
  }
  const text = await readTextBody(req, maxBytes);
  if (text.trim() === '') throw new ApiError(400, 'BadRequest', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'BadRequest', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
