// The operations clients may run by hash, read at start from every `*.json` manifest in a folder:
// the GraphQL Code Generator client preset's `persisted-documents.json` ({ "sha256:<hex>": text })
// or Apollo's persisted query manifest ({ format: "apollo-persisted-query-manifest", operations:
// [{ id, body }] }, the id being the bare hex). Each hash must be the SHA-256 of its text, so a
// hash names one document whoever computed it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const HEX = /^[0-9a-f]{64}$/;

/** The bare hex of a document id in either form (`sha256:<hex>` or `<hex>`), or null. */
export function documentHash(id: string): string | null {
  const hex = (id.startsWith('sha256:') ? id.slice('sha256:'.length) : id).toLowerCase();
  return HEX.test(hex) ? hex : null;
}

/** The id the client preset gives a document's text. */
export const documentId = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

function entries(file: string, manifest: unknown): [string, string][] {
  if (typeof manifest !== 'object' || manifest === null) throw new Error(`${file}: not a manifest object`);
  const apollo = manifest as { format?: unknown; operations?: unknown };
  if (apollo.format === 'apollo-persisted-query-manifest') {
    if (!Array.isArray(apollo.operations)) throw new Error(`${file}: "operations" must be a list`);
    return apollo.operations.map((op: { id?: unknown; body?: unknown }) => [String(op.id), String(op.body)]);
  }
  return Object.entries(manifest).map(([id, text]) => {
    if (typeof text !== 'string') throw new Error(`${file}: the document of ${id} is not text`);
    return [id, text];
  });
}

export class TrustedDocumentStore {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** Reads every `*.json` manifest in `dir`; throws naming the file and hash of anything wrong. */
  static load(dir: string): TrustedDocumentStore {
    if (!fs.existsSync(dir)) throw new Error(`Trusted documents folder ${dir} does not exist (TRUSTED_DOCUMENTS_DIR)`);
    const byHash = new Map<string, string>();
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const file = path.join(dir, name);
      for (const [id, text] of entries(file, JSON.parse(fs.readFileSync(file, 'utf8')))) {
        const hash = documentHash(id);
        if (!hash)
          throw new Error(
            `${file}: "${id}" is not a SHA-256 document id (use the client preset's default hashAlgorithm)`,
          );
        if (documentId(text) !== `sha256:${hash}`) throw new Error(`${file}: ${id} is not the SHA-256 of its document`);
        byHash.set(hash, text);
      }
    }
    return new TrustedDocumentStore(byHash);
  }

  /** The document text of an id in either form. */
  get(id: string): string | undefined {
    const hash = documentHash(id);
    return hash ? this.byHash.get(hash) : undefined;
  }

  get size(): number {
    return this.byHash.size;
  }
}
