/**
 * A deterministic re-pack of ExcelJS's output: fixed entry dates, no folder entries, the same order.
 * Apart from the zip reader (zip.ts) so that reading returns never loads jszip.
 */
import JSZip from 'jszip';

/** DOS dates cannot hold anything before 1980. */
const EARLIEST_ZIP_DATE = Date.UTC(1980, 0, 1);

/**
 * Re-packs a zip with every entry dated `date`, DEFLATE-compressed, after applying `edit` to the
 * entries it names (text in, text out).
 */
export async function repack(
  bytes: Uint8Array,
  date: Date,
  edits: ReadonlyMap<string, (text: string) => string>,
): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const fixed = new Date(Math.max(date.getTime(), EARLIEST_ZIP_DATE));
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    const edit = edits.get(entry.name);
    const content = edit ? edit(await entry.async('string')) : await entry.async('uint8array');
    target.file(entry.name, content, { date: fixed, createFolders: false, binary: !edit });
  }
  for (const name of edits.keys()) {
    if (!source.files[name]) throw new Error(`zip has no entry ${name}`);
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
