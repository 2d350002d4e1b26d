// The committed contracts stay current: schema.graphql (read by frontends and codegen) and the
// typed documents generated from it.
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';
import { printedSchema, schemaFile } from '../tools/print-schema.ts';

describe('committed contracts', () => {
  it('schema.graphql matches the code (run `npm run schema`)', () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it("generated typed documents match schema.graphql and the tests' operations (run `npm run codegen`)", async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const file = path.resolve(filename);
      expect(fs.existsSync(file), `${filename} missing`).toBe(true);
      expect(fs.readFileSync(file, 'utf8'), `${filename} is stale`).toBe(content);
    }
  });
});
