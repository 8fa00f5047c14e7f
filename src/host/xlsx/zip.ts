/**
 * The zip container of an .xlsx package: reading its central directory, inflating a part as a
 * stream under hard size limits, and writing a new package that copies untouched parts' bytes
 * as they are (still compressed) and deflates only the parts we change or add.
 *
 * Compression is Node's zlib (inflateRaw/deflateRaw, crc32). The container itself (PKWARE
 * APPNOTE: local headers, central directory, end records, zip64 records) is a fixed binary
 * layout written here because no zip library at hand can copy an entry's compressed bytes
 * unchanged: yazl and fflate re-compress everything, jszip holds the whole package in memory.
 * Copying raw bytes keeps untouched parts byte-for-byte identical and costs no CPU.
 */
import { createReadStream, promises as fsp } from "fs";
import * as zlib from "zlib";
import { Readable } from "stream";

/**
 * Limits on what a package may inflate to (zip bombs), checked on the declared sizes before
 * anything is inflated and again on the bytes while inflating. A real 100,000-row x 11-column
 * list's sheet part is ~45 MB and compresses ~6:1, so a part limit of 256 MB admits lists of
 * about 550,000 such rows (`npm run bench` measures the command's time and memory there).
 */
export const ZIP_LIMITS = {
  /** Largest part, inflated. */
  maxPartBytes: 256 * 1024 * 1024,
  /** All parts together, inflated. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Inflated:compressed ratio allowed for parts above `ratioFloorBytes` (XML of real lists: < 30). */
  maxRatio: 200,
  ratioFloorBytes: 10 * 1024 * 1024,
  /** Parts in one package (Excel's packages hold tens to a few thousand). */
  maxEntries: 20_000,
};
export type ZipLimits = typeof ZIP_LIMITS;

/** A package refused or found damaged; `message` is about the user's file. */
export class ZipError extends Error {
  constructor(
    readonly code: "tooLarge" | "damaged" | "unsupported",
    message: string
  ) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the file. */
  localOffset: number;
  dosTime: number;
  dosDate: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
/** A size for messages: "256 MB", "40 KB". */
const MB = (n: number) =>
  n >= 1024 * 1024
    ? `${Math.round(n / (1024 * 1024))} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;

/** A zip file opened for reading: its entries by name, each readable as an inflated stream. */
export class ZipReader {
  // No file handle is kept open: each read opens the file (a reader left unclosed by an
  // interrupted job leaks nothing).
  private constructor(
    readonly file: string,
    readonly entries: Map<string, ZipEntry>,
    readonly limits: ZipLimits
  ) {}

  /**
   * Opens `file` and checks every entry's declared sizes against `limits` BEFORE anything is
   * inflated (the streams enforce them again, in case a header lies).
   * @throws {ZipError} "damaged" (no central directory), "unsupported" (encrypted, unknown
   *   compression), "tooLarge" (a limit), each naming the file.
   */
  static async open(file: string, limits: ZipLimits = ZIP_LIMITS): Promise<ZipReader> {
    const fh = await fsp.open(file, "r");
    try {
      return new ZipReader(file, await readCentralDirectory(fh, file, limits), limits);
    } finally {
      await fh.close();
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Offset of the entry's compressed data (after its local header). */
  async dataOffset(e: ZipEntry): Promise<number> {
    const h = Buffer.alloc(30);
    const fh = await fsp.open(this.file, "r");
    try {
      await fh.read(h, 0, 30, e.localOffset);
    } finally {
      await fh.close();
    }
    if (h.readUInt32LE(0) !== SIG_LOCAL) throw damaged(this.file, `part ${e.name}`);
    return e.localOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  }

  /** The entry's compressed bytes as a stream (for copying it unchanged). */
  async rawStream(e: ZipEntry): Promise<Readable> {
    const start = await this.dataOffset(e);
    if (e.compressedSize === 0) return Readable.from([]);
    return createReadStream(this.file, { start, end: start + e.compressedSize - 1 });
  }

  /**
   * The entry's inflated bytes, chunk by chunk. Stops with "tooLarge" as soon as the output
   * passes the declared size or the part limit (a header may lie about the size).
   */
  async *inflate(name: string): AsyncGenerator<Buffer> {
    const e = this.entries.get(name);
    if (!e) throw damaged(this.file, `missing part ${name}`);
    const raw = await this.rawStream(e);
    const cap = Math.min(e.size, this.limits.maxPartBytes);
    let out = 0;
    const source = e.method === 0 ? raw : raw.pipe(zlib.createInflateRaw({ chunkSize: 1 << 17 }));
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        out += chunk.length;
        if (out > cap) {
          throw new ZipError(
            "tooLarge",
            `${this.file} is refused: its part ${name} inflates beyond ${out > e.size ? "the size it declares" : MB(this.limits.maxPartBytes)} (a damaged or hostile file)`
          );
        }
        yield chunk;
      }
    } catch (err) {
      if (err instanceof ZipError) throw err;
      throw damaged(this.file, `part ${name} (${(err as Error).message})`);
    } finally {
      raw.destroy();
      if (source !== raw) (source as Readable).destroy();
    }
    if (out !== e.size) throw damaged(this.file, `part ${name} is truncated`);
  }

  /** The whole entry inflated (for small parts: workbook, rels, styles). */
  async read(name: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const c of this.inflate(name)) parts.push(c);
    return Buffer.concat(parts);
  }

  /** The whole entry as UTF-8 text (a BOM is dropped). */
  async readText(name: string): Promise<string> {
    return (await this.read(name)).toString("utf8").replace(/^\uFEFF/, "");
  }
}

function damaged(file: string, what: string): ZipError {
  return new ZipError("damaged", `${file} is a damaged .xlsx workbook: ${what}`);
}

async function readCentralDirectory(
  fh: fsp.FileHandle,
  file: string,
  limits: ZipLimits
): Promise<Map<string, ZipEntry>> {
  const { size } = await fh.stat();
  const tailLen = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailLen);
  await fh.read(tail, 0, tailLen, size - tailLen);
  let eocd = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, "its zip directory is missing (the file is cut short?)");
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // zip64: the locator sits just before the end record and points at the zip64 end record.
    const loc = eocd - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR)
      throw damaged(file, "its zip64 directory is missing");
    const z64 = Buffer.alloc(56);
    await fh.read(z64, 0, 56, Number(tail.readBigUInt64LE(loc + 8)));
    if (z64.readUInt32LE(0) !== SIG_ZIP64_EOCD) throw damaged(file, "bad zip64 directory");
    count = Number(z64.readBigUInt64LE(32));
    cdSize = Number(z64.readBigUInt64LE(40));
    cdOffset = Number(z64.readBigUInt64LE(48));
  }
  if (count > limits.maxEntries)
    throw new ZipError(
      "tooLarge",
      `${file} is refused: it holds ${count} parts (at most ${limits.maxEntries} are read)`
    );
  if (cdOffset + cdSize > size) throw damaged(file, "its zip directory points past the end");
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CENTRAL)
      throw damaged(file, "its zip directory is corrupt");
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const name = cd.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    const e: ZipEntry = {
      name,
      method,
      flags,
      dosTime: cd.readUInt16LE(p + 12),
      dosDate: cd.readUInt16LE(p + 14),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    readZip64Extra(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1)
      throw new ZipError(
        "unsupported",
        `${file} is encrypted: remove the password in Excel and try again`
      );
    if (method !== 0 && method !== 8)
      throw new ZipError(
        "unsupported",
        `${file} uses a compression Excel does not write (method ${method}): open and save it in Excel first`
      );
    checkDeclared(file, e, limits);
    total += e.size;
    if (total > limits.maxTotalBytes)
      throw new ZipError(
        "tooLarge",
        `${file} is refused: its parts would inflate to more than ${MB(limits.maxTotalBytes)} (a hostile file, or a workbook larger than the command line handles)`
      );
    if (!name.endsWith("/")) entries.set(name, e);
  }
  return entries;
}

/** Sizes and offset of a zip64 entry live in its "extra" field (id 0x0001). */
function readZip64Extra(extra: Buffer, e: ZipEntry): void {
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const len = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
    }
    q += 4 + len;
  }
}

function checkDeclared(file: string, e: ZipEntry, limits: ZipLimits): void {
  const ratio = e.compressedSize > 0 ? e.size / e.compressedSize : e.size > 0 ? Infinity : 1;
  if (e.size > limits.maxPartBytes)
    throw new ZipError(
      "tooLarge",
      `${file} is refused: its part ${e.name} would inflate to ${MB(e.size)}, more than the ${MB(limits.maxPartBytes)} per part the command line reads (split a list this large, or save it as CSV)`
    );
  if (e.size > limits.ratioFloorBytes && ratio > limits.maxRatio)
    throw new ZipError(
      "tooLarge",
      `${file} is refused: its part ${e.name} would inflate ${Math.round(ratio)} times (${MB(e.compressedSize)} to ${MB(e.size)}), as a zip bomb does; real workbooks stay under ${limits.maxRatio} times`
    );
}

// ---------------------------------------------------------------------------------------------
// Writing

interface Written {
  name: Buffer;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
}

/** DOS time/date of "now" for new parts (2-second resolution, local time as zip tools use). */
function dosNow(): { dosTime: number; dosDate: number } {
  const d = new Date();
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    dosDate: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The fields a local header (at 4) and its central directory record (at 6) share, in the same
 * order (APPNOTE 4.3.7, 4.3.12): version needed, flags, method, time, date, CRC-32, sizes, name
 * length and an empty extra field.
 */
function writeEntryFields(h: Buffer, at: number, w: Written): void {
  h.writeUInt16LE(20, at);
  h.writeUInt16LE(w.flags, at + 2);
  h.writeUInt16LE(w.method, at + 4);
  h.writeUInt16LE(w.dosTime, at + 6);
  h.writeUInt16LE(w.dosDate, at + 8);
  h.writeUInt32LE(w.crc32 >>> 0, at + 10);
  h.writeUInt32LE(w.compressedSize, at + 14);
  h.writeUInt32LE(w.size, at + 18);
  h.writeUInt16LE(w.name.length, at + 22);
  h.writeUInt16LE(0, at + 24);
}

/**
 * Writes a zip file entry by entry to an open file. Each entry's local header is written first
 * with zero sizes and rewritten in place when its data is done (no data descriptors: every
 * reader, Excel's included, reads such files).
 */
export class ZipWriter {
  private pos = 0;
  private readonly written: Written[] = [];

  private constructor(private readonly fh: fsp.FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await fsp.open(file, "w"));
  }

  private async put(buf: Buffer): Promise<void> {
    let off = 0;
    while (off < buf.length) {
      const { bytesWritten } = await this.fh.write(buf, off, buf.length - off, this.pos);
      off += bytesWritten;
      this.pos += bytesWritten;
    }
  }

  private localHeader(w: Written): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(SIG_LOCAL, 0);
    writeEntryFields(h, 4, w);
    return Buffer.concat([h, w.name]);
  }

  /** Copies an entry of `reader` unchanged: same compressed bytes, same CRC and dates. */
  async copy(reader: ZipReader, e: ZipEntry): Promise<void> {
    const w: Written = {
      name: Buffer.from(e.name, "utf8"),
      method: e.method,
      flags: 0x800 | (e.flags & 0x6), // UTF-8 name; keep the deflate-level bits; no descriptor
      crc32: e.crc32,
      compressedSize: e.compressedSize,
      size: e.size,
      offset: this.pos,
      dosTime: e.dosTime,
      dosDate: e.dosDate,
    };
    this.checkSize(w);
    await this.put(this.localHeader(w));
    for await (const chunk of await reader.rawStream(e)) await this.put(chunk as Buffer);
    this.written.push(w);
  }

  /** Adds a part from text/bytes or a stream of chunks, deflated at `level`. */
  async add(
    name: string,
    data: string | Buffer | AsyncIterable<string | Buffer>,
    level = 6
  ): Promise<void> {
    const w: Written = {
      name: Buffer.from(name, "utf8"),
      method: 8,
      flags: 0x800,
      crc32: 0,
      compressedSize: 0,
      size: 0,
      offset: this.pos,
      ...dosNow(),
    };
    await this.put(this.localHeader(w));
    const deflate = zlib.createDeflateRaw({ level, chunkSize: 1 << 17 });
    const drain = (async () => {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        w.compressedSize += out.length;
        await this.put(out);
      }
    })();
    const feed = async (chunk: string | Buffer) => {
      const b = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      if (b.length === 0) return;
      w.crc32 = zlib.crc32(b, w.crc32);
      w.size += b.length;
      if (!deflate.write(b)) await new Promise<void>((r) => deflate.once("drain", () => r()));
    };
    try {
      if (typeof data === "string" || Buffer.isBuffer(data)) await feed(data);
      else for await (const chunk of data) await feed(chunk);
      deflate.end();
      await drain;
    } catch (e) {
      deflate.destroy();
      await drain.catch(() => undefined);
      throw e;
    }
    this.checkSize(w);
    const header = this.localHeader(w);
    await this.fh.write(header, 0, header.length, w.offset);
    this.written.push(w);
  }

  private checkSize(w: Written): void {
    if (w.size >= 0xffffffff || w.compressedSize >= 0xffffffff || this.pos >= 0xffffffff)
      throw new ZipError("tooLarge", "the output workbook would be larger than 4 GB");
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = this.pos;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(SIG_CENTRAL, 0);
      h.writeUInt16LE(20, 4); // version made by
      writeEntryFields(h, 6, w); // comment length, disk, attributes stay 0
      h.writeUInt32LE(w.offset, 42);
      await this.put(Buffer.concat([h, w.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_EOCD, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.pos - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    await this.fh.close();
  }

  /** Closes the file without finishing it (the caller deletes it). */
  async abort(): Promise<void> {
    await this.fh.close().catch(() => undefined);
  }
}
