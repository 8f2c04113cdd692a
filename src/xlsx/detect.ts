/**
 * What a file is, from its bytes and name, so each kind of wrong file gets its own message:
 * .xls and WPS .et (both OLE2 compound files), password-protected .xlsx (OLE2 with EncryptionInfo),
 * .docx (a zip without xl/workbook.xml), .csv (text), HTML tables saved as .xls, and damaged zips.
 */
import type { FileKind } from '../domain/messages/index.js';
import { zipEntryNames } from './zip.js';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Whether the bytes hold this ASCII name as UTF-16LE (OLE2 directory entry names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let at = bytes.indexOf(first); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    for (let i = 0; i < name.length; i += 1) {
      if (bytes[at + i * 2] !== name.charCodeAt(i) || bytes[at + i * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function extension(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

function ole2Kind(bytes: Uint8Array, ext: string): FileKind {
  if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) return 'encrypted';
  if (ext === 'et' || ext === 'ett') return 'et';
  if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) return 'xls';
  if (hasUtf16Name(bytes, 'WordDocument')) return 'doc';
  return 'ole2';
}

function zipKind(bytes: Uint8Array): FileKind {
  const names = zipEntryNames(bytes);
  if (!names) return 'corrupt';
  const has = (name: string) => names.includes(name);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('xl/workbook.bin')) return 'xlsb';
  if (has('word/document.xml')) return 'docx';
  if (has('ppt/presentation.xml')) return 'pptx';
  if (has('mimetype') && has('content.xml')) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
    return head.includes('opendocument.spreadsheet') ? 'ods' : 'zip';
  }
  // An Office package whose workbook part is missing, or one that names its workbook elsewhere.
  if (has('[Content_Types].xml')) return names.some((name) => /^xl\/.*workbook[^/]*\.xml$/i.test(name)) ? 'xlsx' : 'corrupt';
  return 'zip';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample[0] === 0xff && sample[1] === 0xfe) return true;
  return !sample.includes(0);
}

function textKind(bytes: Uint8Array, ext: string): FileKind {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  if (/^(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html)/.test(head) || /<html[\s>]/.test(head)) return 'html';
  return ext === 'csv' ? 'csv' : 'text';
}

/** The kind of a file from its content, the name only breaking ties (.et vs .xls, .csv vs .txt). */
export function detectFileKind(buffer: Uint8Array | ArrayBuffer, fileName = ''): FileKind {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const ext = extension(fileName);
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, OLE2)) return ole2Kind(bytes, ext);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // A zip cut short before its first entry, or with junk in front of it.
  if (startsWith(bytes, [0x50, 0x4b])) return 'corrupt';
  if (looksLikeText(bytes)) return textKind(bytes, ext);
  return 'unknown';
}
