/**
 * The column names and row count of a CSV or Parquet data file, read without decoding the data:
 * a Parquet file's footer (schema and row count), a CSV file's header line and line count. Used
 * to tell bar files from tick files before a run.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parquetMetadata, parquetSchema } from 'hyparquet';

export interface DataFilePeek {
  readonly columns: readonly string[];
  /** Data rows (the header line of a CSV file not counted); -1 for a CSV file read with `countRows: false`. */
  readonly rows: number;
}

/**
 * @param countRows false: a CSV file's lines are not counted (the header is all that is read).
 * @throws Error naming the file when it cannot be read as the format its name says.
 */
export function peekDataFile(path: string, countRows = true): DataFilePeek {
  const fd = openSync(path, 'r');
  try {
    return path.endsWith('.parquet') ? peekParquet(fd, path) : peekCsv(fd, path, countRows);
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

function peekParquet(fd: number, path: string): DataFilePeek {
  const size = fstatSync(fd).size;
  if (size < 12) throw new Error(`${path} is not a Parquet file (${size} bytes)`);
  const tail = readAt(fd, size - 8, 8);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (view.getUint32(4, true) !== 0x31524150) throw new Error(`${path} is not a Parquet file (no PAR1 footer)`);
  const metadataLength = view.getUint32(0, true);
  if (metadataLength + 12 > size) throw new Error(`${path} is not a Parquet file (footer length ${metadataLength} exceeds the file)`);
  const footer = readAt(fd, size - 8 - metadataLength, metadataLength + 8);
  const metadata = parquetMetadata(footer);
  return { columns: parquetSchema(metadata).children.map((c) => c.element.name), rows: Number(metadata.num_rows) };
}

function peekCsv(fd: number, path: string, countRows: boolean): DataFilePeek {
  const chunk = Buffer.alloc(1 << 16);
  let header = '';
  let lines = 0;
  let lastByte = 10;
  let position = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) break;
    if (lines === 0) {
      const text = chunk.toString('utf8', 0, n);
      const end = text.indexOf('\n');
      header += end >= 0 ? text.slice(0, end) : text;
    }
    for (let k = 0; k < n; k++) if (chunk[k] === 10) lines += 1;
    lastByte = chunk[n - 1] as number;
    position += n;
    if (!countRows && lines > 0) break;
  }
  if (position === 0) throw new Error(`${path} is empty`);
  const total = lines + (lastByte === 10 ? 0 : 1);
  const columns = header.replace(/\r$/, '').split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return { columns, rows: countRows ? Math.max(0, total - 1) : -1 };
}
