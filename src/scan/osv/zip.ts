import { inflateRawSync } from 'node:zlib';
import { ToolError } from '../../errors.js';

export interface ZipFile {
  name: string;
  read(): Buffer;
}

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;

/** Lists a zip's files from its central directory (stored and deflated entries, no zip64). */
export function listZip(zip: Buffer, source: string): ZipFile[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== endOfCentralDirectory) end--;
  if (end < 0)
    throw new ToolError(
      'PARSE_ERROR',
      `"${source}" is not a zip file.`,
      'Pass a folder or zip of OSV JSON records.',
    );
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== centralHeader)
      throw new ToolError('PARSE_ERROR', `"${source}" has a damaged zip directory.`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    files.push({
      name,
      read() {
        const dataStart =
          localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        if (method === 0) return data;
        if (method === 8) return inflateRawSync(data);
        throw new ToolError(
          'PARSE_ERROR',
          `"${name}" in "${source}" uses zip method ${method}, which is not supported.`,
        );
      },
    });
  }
  return files;
}
