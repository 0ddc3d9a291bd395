import { readFile } from 'node:fs/promises';
import { describeSystemError } from './errors.js';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

// `ignoreBOM: true` keeps a BOM in the decoded string so that stripping it is
// visible below rather than a side effect of the decoder's defaults.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a file as UTF-8 text. Binary files, other encodings and I/O failures
 * come back as a message for that file: one bad file must not stop the run.
 * A leading BOM is removed; every offset the pipeline reports is into the
 * returned text.
 */
export async function readTextFile(absolute: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    return { ok: false, message: `cannot read file: ${describeSystemError(error)}` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: 'file is UTF-16 encoded; save it as UTF-8' };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: 'binary file (contains NUL bytes), not text' };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, at);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      message: `not valid UTF-8 (byte 0x${byte} at line ${line}, column ${column}); save the file as UTF-8`,
    };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Index of the first byte that does not start a well-formed UTF-8 sequence
 * (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). Only called
 * after the decoder has rejected the file, to tell the user where to look.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let trailing: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) trailing = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      trailing = 2;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      trailing = 3;
      if (b === 0xf0) min = 0x90; // overlong
      if (b === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= trailing; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += trailing + 1;
  }
  return bytes.length;
}

/**
 * 1-based line and column of a byte offset. Everything before the first
 * invalid byte is valid UTF-8, so the column counts characters (UTF-16 units,
 * like every other column factlint prints), not bytes.
 */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
