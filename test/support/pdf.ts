// What a PDF says, as poppler's pdftotext reads it (`-layout`: table rows stay on one line).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let checked = false;

/** The PDF's text, page by page in reading order, with runs of spaces made one. */
export function pdfText(bytes: Uint8Array): string {
  if (!checked) {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils)');
    }
    checked = true;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text
      .normalize('NFC')
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with every line break and run of spaces made one space (for sentences that wrap). */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
