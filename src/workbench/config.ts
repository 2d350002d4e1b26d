// What the page tells the script (src/http/workbench.ts writes it into a JSON data block).
import type { ExportPath } from './export-link.ts';

export interface WorkbenchConfig {
  graphqlPath: string;
  /** Where the editor workers are, ending in a slash. */
  assets: string;
  tabs: { query: string }[];
  /** Lists the server exports whole, by the field names that reach them from Query. */
  exports: ExportPath[];
}

export function readConfig(): WorkbenchConfig {
  return JSON.parse(document.getElementById('workbench-config')!.textContent!) as WorkbenchConfig;
}
