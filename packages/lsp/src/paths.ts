import { realpath } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A file's real path, so a file reached through a symlink is the one the editor has open; itself if it cannot be resolved. */
export async function canonical(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return file;
  }
}

/** The path of a `file:` URI; undefined for any other scheme (untitled buffers, remote files) or a malformed URI. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
