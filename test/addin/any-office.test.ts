/**
 * The task pane's load section with other governments' lists: a notice file (.txt, .docx), the
 * list's own 单位名录 or the office's, and validation against the workbook's 单位名录.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { loadForeignListFile, loadNoticeText, validateMaster } from '../../src/taskpane/operations.js';
import { StandaloneWorkspace } from '../../src/taskpane/workspace.js';
import { REAL_LISTS_DIR } from '../helpers/real-lists.js';

const now = new Date('2024-03-01T09:00:00+08:00');
const UNIT_KINDS = new Set(['unknown-unit', 'alias-unit']);
const source = (name: string) => readFileSync(join(REAL_LISTS_DIR, name, 'source.txt'));

async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the load section with another government’s list', () => {
  test('a notice dropped as .txt loads with the list’s own directory, and validation finds nothing wrong with its units', async () => {
    const workspace = new StandaloneWorkspace();
    const outcome = await loadForeignListFile(workspace, { name: '咸安区2023年重点工作.txt', bytes: source('xianan-2023') }, { now });
    expect(outcome.list.tasks).toHaveLength(12);
    expect(outcome.list.id).toBe('xiananqu-2023-zdgz');
    expect(outcome.directory).toEqual({ source: 'list', units: 12, groups: 1, aliases: [], typos: [] });
    const report = await validateMaster(workspace);
    expect(report.findings.filter((finding) => UNIT_KINDS.has(finding.kind))).toEqual([]);
  });

  test('a pasted notice in paragraphs loads the same way', async () => {
    const outcome = await loadNoticeText(new StandaloneWorkspace(), source('lishan-2023').toString('utf8'), { now });
    expect(outcome.list.tasks.map((task) => task.units[0].name)).toEqual(['区发改局', '区工信局', '区发改局', '区商务局', '区财政局', '区发改局']);
  });

  test('a .docx notice loads', async () => {
    const bytes = await docxOf(['2024年重点工作任务分解', '一、稳定增长', '1.地区生产总值增长6%。（牵头单位：县发改局；责任单位：各乡镇人民政府）']);
    const outcome = await loadForeignListFile(new StandaloneWorkspace(), { name: '分解.docx', bytes }, { now });
    expect(outcome.list.tasks.map((task) => task.content)).toEqual(['地区生产总值增长6%。']);
  });

  test('an office’s own directory file is used, and validation suggests only its names', async () => {
    const workspace = new StandaloneWorkspace();
    const units = { name: '单位名录.csv', bytes: new TextEncoder().encode('单位名称,别称,说明\n区发展和改革局,区发改局,\n区工业和信息化局,区工信局,\n区商务局,,\n区财政局,,\n') };
    const outcome = await loadNoticeText(workspace, source('lishan-2023').toString('utf8'), { now, units });
    expect(outcome.directory).toEqual({ source: 'file', file: '单位名录.csv', units: 4 });
    const report = await validateMaster(workspace);
    const suggestions = new Set(report.findings.filter((finding) => UNIT_KINDS.has(finding.kind)).map((finding) => finding.suggestion));
    expect(suggestions.has('区发展和改革局')).toBe(true);
    for (const suggestion of suggestions) expect(['', '区发展和改革局', '区工业和信息化局', '区商务局', '区财政局']).toContain(suggestion);
  });
});
