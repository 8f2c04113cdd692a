/**
 * A list's title between book-title marks. A title that already quotes another (2023年区《政府工作报告》
 * 确定的…) has its inner marks turned into 〈〉, as nested titles are written (GB/T 15834).
 */
export function bookTitle(title: string): string {
  const trimmed = title.trim();
  if (/^《[^《》]*(?:〈[^〈〉]*〉[^《》]*)*》$/u.test(trimmed)) return trimmed;
  return `《${trimmed.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
}
