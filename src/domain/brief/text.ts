/** The 通报 as plain text to paste (tables as tab-separated lines, which Word and WPS turn back into tables). */
import type { Brief } from './model.js';

export function briefText(brief: Brief): string {
  const lines: string[] = [brief.title, brief.mark, ''];
  for (const block of brief.blocks) {
    if (block.kind === 'heading') lines.push('', block.text);
    else if (block.kind === 'paragraph') lines.push(block.text);
    else for (const row of [block.headers, ...block.rows]) lines.push(row.map((cell) => String(cell).replace(/\s+/g, ' ')).join('\t'));
  }
  lines.push('', brief.signature, brief.date);
  return `${lines.join('\n')}\n`;
}
