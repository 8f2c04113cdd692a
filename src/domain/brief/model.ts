/** The 通报 as data: blocks a Word renderer and the plain-text renderer both write. */
export type BriefBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; headers: string[]; rows: (string | number)[][]; widths: number[] };

export interface Brief {
  title: string;
  /** Marks the text as a draft for the office to edit. */
  mark: string;
  blocks: BriefBlock[];
  /** Signature and date at the end, right-aligned. */
  signature: string;
  date: string;
}
