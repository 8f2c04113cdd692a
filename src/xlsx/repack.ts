/**
 * The deterministic zip of a workbook: fixed entry dates, no folder entries, entries in the order
 * they were added, DEFLATE level 6. Apart from the zip reader (zip.ts) so that reading returns
 * never loads jszip.
 */
import JSZip from 'jszip';

/** DOS dates cannot hold anything before 1980. */
const EARLIEST_ZIP_DATE = Date.UTC(1980, 0, 1);

/**
 * Collects a workbook's parts as ExcelJS's writer appends them (render-write.ts), applying `edits`
 * (text in, text out) to the parts they name, and zips them with every entry dated `date`.
 * `upserts` name parts that may or may not be written (a sheet's relationships, parts ExcelJS
 * cannot write such as charts): given the text written, or null after the last part, each gives the
 * part's text.
 */
export class DeterministicZip {
  private readonly target = new JSZip();
  private readonly fixed: Date;
  private readonly edited = new Set<string>();

  constructor(
    date: Date,
    private readonly edits: ReadonlyMap<string, (text: string) => string>,
    private readonly upserts: ReadonlyMap<string, (text: string | null) => string> = new Map(),
  ) {
    this.fixed = new Date(Math.max(date.getTime(), EARLIEST_ZIP_DATE));
  }

  /** ExcelJS's ZipWriter.append: text, bytes, or base64 text when options.base64 is set. */
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const upsert = this.upserts.get(options.name);
    const edit = this.edits.get(options.name) ?? (upsert && ((text: string) => upsert(text)));
    const common = { date: this.fixed, createFolders: false } as const;
    if (edit) {
      const text = typeof data === 'string' && !options.base64 ? data : new TextDecoder().decode(options.base64 ? base64Bytes(data as string) : data as Uint8Array);
      this.target.file(options.name, edit(text), { ...common, binary: false });
      this.edited.add(options.name);
    } else if (options.base64) {
      this.target.file(options.name, data, { ...common, base64: true, binary: true });
    } else {
      this.target.file(options.name, data, { ...common, binary: typeof data !== 'string' });
    }
  }

  async generate(): Promise<Uint8Array> {
    for (const name of this.edits.keys()) {
      if (!this.edited.has(name)) throw new Error(`zip has no entry ${name}`);
    }
    for (const [name, upsert] of this.upserts) {
      if (!this.edited.has(name)) this.target.file(name, upsert(null), { date: this.fixed, createFolders: false, binary: false });
    }
    return this.target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
  }
}

function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}
