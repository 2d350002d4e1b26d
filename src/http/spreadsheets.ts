// Table files written as rows arrive, at constant memory: CSV (RFC 4180, UTF-8 with a byte-order
// mark so spreadsheet programs read it as UTF-8) and XLSX (one sheet of inline strings and numbers,
// zipped as it is written by fflate's streaming ZIP).
import { strToU8, Zip, ZipDeflate } from 'fflate';

export type CellKind = 'text' | 'number';

export interface TableWriter {
  /** Rows of cells (null: empty), each cell of its column's kind. */
  rows(rows: readonly (readonly (string | null)[])[]): void;
  end(): void;
}

const encoder = new TextEncoder();

// A text cell that a spreadsheet would run as a formula is written with a leading apostrophe.
const FORMULA = /^[=+\-@\t\r]/;

const csvCell = (value: string | null, kind: CellKind): string => {
  if (value == null) return '';
  const text = kind === 'text' && FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function csvWriter(
  headers: readonly string[],
  kinds: readonly CellKind[],
  out: (chunk: Uint8Array) => void,
): TableWriter {
  out(encoder.encode(`\uFEFF${headers.map((h) => csvCell(h, 'text')).join(',')}\r\n`));
  return {
    rows(rows) {
      let text = '';
      for (const row of rows) text += `${row.map((v, i) => csvCell(v, kinds[i])).join(',')}\r\n`;
      if (text) out(encoder.encode(text));
    },
    end() {},
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: characters XML 1.0 cannot hold
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (text: string) =>
  text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A, B, …, Z, AA, … */
const columnName = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + columnName(index % 26);

const NS = 'http://schemas.openxmlformats.org/';
const PARTS: Record<string, string> = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${NS}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS}package/2006/relationships"><Relationship Id="rId1" Type="${NS}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS}package/2006/relationships"><Relationship Id="rId1" Type="${NS}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS}officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
};

export function xlsxWriter(
  sheetName: string,
  headers: readonly string[],
  kinds: readonly CellKind[],
  out: (chunk: Uint8Array) => void,
): TableWriter {
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out(chunk);
  });
  const part = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  for (const [name, text] of Object.entries(PARTS)) part(name, text);
  part(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}spreadsheetml/2006/main" xmlns:r="${NS}officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  const names = headers.map((_h, i) => columnName(i));
  let r = 1;
  const cell = (value: string | null, i: number, style = '') => {
    if (value == null) return '';
    const ref = `${names[i]}${r}`;
    return kinds[i] === 'number' && !style
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
  };
  sheet.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData><row r="1">${headers.map((h, i) => cell(h, i, ' s="1"')).join('')}</row>`,
    ),
  );
  return {
    rows(rows) {
      let text = '';
      for (const row of rows) {
        r++;
        text += `<row r="${r}">${row.map((v, i) => cell(v, i)).join('')}</row>`;
      }
      if (text) sheet.push(strToU8(text));
    },
    end() {
      sheet.push(strToU8('</sheetData></worksheet>'), true);
      zip.end();
    },
  };
}
