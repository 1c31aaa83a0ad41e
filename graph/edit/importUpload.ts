/**
 * A data file sent to POST /api/edit/import as the raw request body, streamed to a file of its
 * own in a fresh temporary folder (the importers read files, and a 20 MB upload never sits in
 * memory whole). The file keeps the name the user chose, so errors and the default data set id
 * read as they do for `npm run seed -- <file>`; the caller removes the folder (`discardUpload`).
 */
import fs from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '@/graph/http/errors';
import { formatOf, type Format } from '@/graph/model/importFormats';

export interface Upload {
  /** The temporary folder holding the file; removed by `discardUpload`. */
  dir: string;
  /** The file's path inside `dir`. */
  file: string;
  /** The file's name as errors name it. */
  name: string;
  bytes: number;
}

const EXTENSION: Record<Format, string> = { yaml: '.yaml', json: '.json', spreadsheet: '.csv', dna: '.dna', gdelt: '.export.CSV' };

/**
 * A safe file name from the user's: its last path segment, only letters, digits and `._- `, at
 * most 120 characters; an extension for `format` is added when the name implies another format
 * (the importers read JSON or YAML, and the GDELT file name, from it).
 */
export function uploadName(given: string | undefined, format: Format): string {
  const last = (given ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^[.\s]+/, '').slice(0, 120).trim();
  const name = cleaned === '' ? 'upload' : cleaned;
  return formatOf(name) === format ? name : `${name}${EXTENSION[format]}`;
}

/** The format to read the file as: the one asked for, else the one its name implies; 400 when neither says. */
export function uploadFormat(given: Format | undefined, name: string | undefined): Format {
  const format = given ?? (name ? formatOf(name) : null);
  if (format) return format;
  throw new ApiError(400, 'BadRequest', `Cannot tell the format from the file name${name ? ` "${name}"` : ''}: choose one (format=yaml, json, spreadsheet, dna or gdelt).`);
}

/** Streams the request body into `<name>` in a new `stance-graph-import-` folder under the temp dir: 413 above `maxBytes`, 400 when empty. */
export async function receiveUpload(req: IncomingMessage, name: string, maxBytes: number): Promise<Upload> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stance-graph-import-'));
  const file = path.join(dir, name);
  let bytes = 0;
  try {
    const handle = await fs.open(file, 'wx');
    try {
      for await (const chunk of req) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        bytes += buffer.length;
        // Past the cap the rest is read and dropped, so the client gets the 413 rather than a reset connection.
        if (bytes <= maxBytes) await handle.write(buffer);
      }
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ECONNRESET' || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) throw new ApiError(400, 'BadRequest', `The upload was cut off after ${bytes} bytes.`);
      throw error;
    } finally {
      await handle.close();
    }
    // A client that went away without the reset being seen ends the body early: not a whole file.
    if (req.complete === false) throw new ApiError(400, 'BadRequest', `The upload was cut off after ${bytes} bytes.`);
    if (bytes > maxBytes) throw new ApiError(413, 'TooLarge', `The file is ${bytes} bytes; the limit for an import is ${maxBytes} bytes (IMPORT_MAX_BYTES).`, { bytes, maxBytes });
    if (bytes === 0) throw new ApiError(400, 'BadRequest', 'The request body is empty: send the data file itself as the body.');
    return { dir, file, name, bytes };
  } catch (error) {
    await discardUpload({ dir });
    throw error;
  }
}

export async function discardUpload(upload: Pick<Upload, 'dir'>): Promise<void> {
  await fs.rm(upload.dir, { recursive: true, force: true });
}
