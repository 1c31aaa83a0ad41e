/**
 * Reads a request body as text with a byte cap, for routes that turn Next's body parser off so
 * that an oversized body gets a clear 413 from us rather than the framework's own answer.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError } from '@/graph/errors';

/** The body as UTF-8 text; a 413 ApiError once it passes `maxBytes` (the rest is drained, not kept). */
export async function readTextBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Keep reading past the cap so the client sees our answer instead of a reset connection.
    if (size <= maxBytes) chunks.push(buffer);
  }
  if (size > maxBytes) {
    throw new ApiError(413, 'TooLarge', `The request body is ${size} bytes; the limit is ${maxBytes} bytes.`, { bytes: size, maxBytes });
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body parsed as JSON; a 400 ApiError naming the position when it is not JSON. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const text = await readTextBody(req, maxBytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'BadRequest', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
