// PDF pages made the same way every time, so a document from the same records is the same bytes:
// PDFKit with a fixed creation date (the record's own, which also fixes the file id PDFKit derives
// from the document's info), and DejaVu Sans embedded as a subset (subset names come from the
// font's order of use, not from chance). An embedded font, rather than the viewer's Helvetica,
// prints every name as written (Adébáyọ̀, Ṣẹ́gun, Ɓello), looks the same in every viewer, and
// gives text extraction a Unicode map. The fonts are parsed once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
/** The width text may take between the margins. */
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const FOOTER_SIZE = 7;
const ROWS_AT_ONCE = 50;

const require = createRequire(import.meta.url);
let fonts: { regular: Font; bold: Font } | undefined;
const font = (file: string) => create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))) as Font;
const loadFonts = () => (fonts ??= { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') });

export interface PdfInfo {
  title: string;
  /** Who issues it: the company. */
  author: string;
  subject: string;
  /** When the record it shows was made: the file's creation date (and, through it, its id). */
  created: Date;
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** One document being written: a header, labelled fields, paragraphs, tables; `finish()` gives the bytes. */
export class Pdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;

  constructor(private readonly info: PdfInfo) {
    const { regular, bold } = loadFonts();
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      lang: 'en-GB',
      displayTitle: true,
      info: {
        Title: info.title,
        Author: info.author,
        Subject: info.subject,
        Creator: 'estate-api',
        Producer: 'estate-api (PDFKit)',
        CreationDate: info.created,
      },
    });
    // @types/pdfkit knows only paths and buffers; PDFKit also takes a parsed fontkit font.
    this.doc.registerFont('regular', regular as never);
    this.doc.registerFont('bold', bold as never);
    this.doc.font('regular');
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  /** The company's name, the document's title and what it is about, and a rule. */
  heading(company: string, title: string, subtitle?: string): this {
    const { doc } = this;
    doc.font('bold').fontSize(16).fillColor('black').text(company);
    doc.moveDown(0.3).fontSize(12).text(title);
    if (subtitle) doc.font('regular').fontSize(9).fillColor('#444444').text(subtitle).fillColor('black');
    return this.rule();
  }

  rule(): this {
    const { doc } = this;
    doc.moveDown(0.5);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + CONTENT_WIDTH, doc.y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.moveDown(0.7);
    return this;
  }

  /** Labelled values, one a line: the label on the left, the value (wrapping) beside it. */
  fields(rows: readonly (readonly [string, string])[], options: { size?: number; labelWidth?: number } = {}): this {
    const { doc } = this;
    const size = options.size ?? 10;
    const labelWidth = options.labelWidth ?? 120;
    for (const [label, value] of rows) {
      this.ensureSpace(
        doc
          .font('regular')
          .fontSize(size)
          .heightOfString(value, { width: CONTENT_WIDTH - labelWidth }) + 4,
      );
      const y = doc.y;
      doc
        .font('regular')
        .fontSize(size)
        .fillColor('#444444')
        .text(label, MARGIN, y, { width: labelWidth - 10 });
      const afterLabel = doc.y;
      doc.fillColor('black').text(value, MARGIN + labelWidth, y, { width: CONTENT_WIDTH - labelWidth });
      doc.y = Math.max(doc.y, afterLabel) + 3;
    }
    doc.x = MARGIN;
    return this;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; color?: string; link?: string } = {}): this {
    const { doc } = this;
    doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? 'black')
      .text(text, MARGIN, doc.y, { width: CONTENT_WIDTH, ...(options.link ? { link: options.link } : {}) });
    doc.fillColor('black').moveDown(0.4);
    return this;
  }

  /**
   * A table that continues on the next page (headers repeated); cells wrap rather than lose text.
   * Every ROWS_AT_ONCE rows it lets the event loop run, so a long statement does not hold up the
   * process's other requests.
   */
  async table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 8): Promise<this> {
    const { doc } = this;
    // Room between columns (a right-aligned cell ends this far before the next column), and under a row.
    const gap = 8;
    const padding = 3;
    const rowHeight = (cells: readonly string[], bold: boolean) =>
      Math.max(
        ...cells.map((cell, i) =>
          doc
            .font(bold ? 'bold' : 'regular')
            .fontSize(size)
            .heightOfString(cell || ' ', { width: columns[i].width - gap }),
        ),
      ) + padding;
    const draw = (cells: readonly string[], bold: boolean) => {
      const height = rowHeight(cells, bold);
      const y = doc.y;
      let x = MARGIN;
      doc.font(bold ? 'bold' : 'regular').fontSize(size);
      cells.forEach((cell, i) => {
        doc.text(cell, x, y, { width: columns[i].width - gap, align: columns[i].align ?? 'left' });
        x += columns[i].width;
      });
      doc.x = MARGIN;
      doc.y = y + height;
    };
    const header = columns.map((c) => c.header);
    const headed = () => {
      draw(header, true);
      doc
        .moveTo(MARGIN, doc.y - 1)
        .lineTo(MARGIN + CONTENT_WIDTH, doc.y - 1)
        .lineWidth(0.3)
        .strokeColor('#bbbbbb')
        .stroke();
      doc.y += 1;
    };
    this.ensureSpace(rowHeight(header, true) + (rows[0] ? rowHeight(rows[0], false) : 0));
    headed();
    for (const [n, row] of rows.entries()) {
      if (n > 0 && n % ROWS_AT_ONCE === 0) await new Promise((resolve) => setImmediate(resolve));
      if (this.ensureSpace(rowHeight(row, false))) headed();
      draw(row, false);
    }
    doc.moveDown(0.6);
    return this;
  }

  /** Starts a new page unless `height` fits on this one; true when it did. */
  ensureSpace(height: number): boolean {
    const { doc } = this;
    if (doc.y + height <= A4.height - MARGIN) return false;
    doc.addPage();
    return true;
  }

  /** Numbers the pages (`Page 1 of 2`, with the title) and gives the file's bytes. */
  finish(): Promise<Buffer> {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      // The footer sits in the bottom margin, where PDFKit would otherwise start a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('regular')
        .fontSize(FOOTER_SIZE)
        .fillColor('#666666')
        .text(`${this.info.title} · page ${i + 1} of ${count}`, MARGIN, A4.height - MARGIN / 2 - FOOTER_SIZE, {
          width: CONTENT_WIDTH,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }
}
