/**
 * The column names of a CSV or Parquet data file, read without decoding the data: a Parquet file's
 * footer (its schema), a CSV file's header line. Used to tell bar files from tick files before a run.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parquetMetadata, parquetSchema } from 'hyparquet';

/** @throws Error naming the file when it cannot be read as the format its name says. */
export function dataFileColumns(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    return path.endsWith('.parquet') ? parquetColumns(fd, path) : csvColumns(fd, path);
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, position: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, out, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return out.subarray(0, got);
}

function parquetColumns(fd: number, path: string): string[] {
  const size = fstatSync(fd).size;
  if (size < 12) throw new Error(`${path} is not a Parquet file (${size} bytes)`);
  const tail = readAt(fd, size - 8, 8);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (view.getUint32(4, true) !== 0x31524150) throw new Error(`${path} is not a Parquet file (no PAR1 footer)`);
  const metadataLength = view.getUint32(0, true);
  if (metadataLength + 12 > size) throw new Error(`${path} is not a Parquet file (footer length ${metadataLength} exceeds the file)`);
  const footer = readAt(fd, size - 8 - metadataLength, metadataLength + 8);
  return parquetSchema(parquetMetadata(footer)).children.map((c) => c.element.name);
}

function csvColumns(fd: number, path: string): string[] {
  const chunk = Buffer.alloc(1 << 16);
  let header = '';
  let position = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) break;
    const text = chunk.toString('utf8', 0, n);
    const end = text.indexOf('\n');
    header += end >= 0 ? text.slice(0, end) : text;
    if (end >= 0) break;
    position += n;
  }
  if (header === '' && position === 0) throw new Error(`${path} is empty`);
  return csvHeaderNames(header);
}

/** The column names of a CSV header line (trimmed, double quotes around a name removed). */
export function csvHeaderNames(line: string): string[] {
  return line.replace(/\r$/, '').split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}
