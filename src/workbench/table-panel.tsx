// The Table panel: any list of the current result as a table, downloaded as CSV as shown; a page
// of a list the server exports is also offered whole, as CSV or XLSX, through GET /exports/….
import { tryParseJSONC, type GraphiQLPlugin } from '@graphiql/react';
import { useState } from 'react';
import { authorisedFetch } from './api.ts';
import { toCsv } from './csv.ts';
import { type ExportPath, exportFor } from './export-link.ts';
import { useActiveResult } from './result.ts';
import { type Table, tables } from './tables.ts';
import { PanelIcon } from './panel-icon.tsx';

/** Rows shown on screen; the CSV holds them all. */
const SHOWN = 500;

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (label: string) => label.replace(/\[\]/g, '').replace(/[^A-Za-z0-9.-]+/g, '-') || 'result';

function ExportWhole({ table, exports }: { table: Table; exports: ExportPath[] }) {
  const { query, variables, operationName } = useActiveResult();
  const [status, setStatus] = useState('');
  if (!table.path) return null;
  let vars: Record<string, unknown> = {};
  try {
    vars = (tryParseJSONC(variables) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return null;
  }
  const found = exportFor(table.path, { query, variables: vars, operationName }, exports);
  if (!found) return null;
  const download = async (format: 'csv' | 'xlsx') => {
    setStatus(`Exporting ${found.list}…`);
    const response = await authorisedFetch(`/exports/${found.list}.${format}?${found.params}`);
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
      setStatus(body?.errors?.[0]?.message ?? `The export failed (HTTP ${response.status}).`);
      return;
    }
    save(await response.blob(), `${found.list}.${format}`);
    setStatus(`${response.headers.get('x-total-count') ?? 'All'} rows exported.`);
  };
  return (
    <p className="wb-export">
      Every row of <code>{found.list}</code> with these arguments:{' '}
      <button type="button" onClick={() => download('csv')}>
        Export CSV
      </button>{' '}
      <button type="button" onClick={() => download('xlsx')}>
        Export XLSX
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}

function TablePanel({ exports }: { exports: ExportPath[] }) {
  const { data } = useActiveResult();
  const found = tables(data);
  const [label, setLabel] = useState('');
  const table = found.find((t) => t.label === label) ?? found[0];
  if (!table)
    return (
      <section className="wb-panel" aria-label="Table">
        <h2>Table</h2>
        <p className="wb-hint">
          Run a query that returns a list (a connection such as clients, or any list of objects) to see it as a table.
        </p>
      </section>
    );
  return (
    <section className="wb-panel" aria-label="Table">
      <h2>Table</h2>
      <div className="wb-controls">
        <label>
          List{' '}
          <select aria-label="List" value={table.label} onChange={(e) => setLabel(e.target.value)}>
            {found.map((t) => (
              <option key={t.label} value={t.label}>
                {t.label} ({t.rows.length})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            save(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName(table.label)}.csv`)
          }
        >
          Download CSV
        </button>
      </div>
      <ExportWhole table={table} exports={exports} />
      <p className="wb-hint">
        {table.rows.length} rows{table.rows.length > SHOWN ? `, the first ${SHOWN} shown (the CSV has them all)` : ''}.
      </p>
      <div className="wb-table-scroll">
        <table className="wb-table" data-list={table.label}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, SHOWN).map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
              <tr key={i}>
                {table.columns.map((c) => (
                  <td key={c} className={typeof row[c] === 'number' ? 'wb-number' : undefined}>
                    {row[c] == null ? '' : String(row[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TableIcon() {
  return (
    <PanelIcon>
      <rect x="3" y="4" width="18" height="16" rx="1" />
      <path d="M3 9h18M3 14h18M9 4v16" />
    </PanelIcon>
  );
}

export function tablePlugin(exports: ExportPath[]): GraphiQLPlugin {
  return { title: 'Table', icon: TableIcon, content: () => <TablePanel exports={exports} /> };
}
