// Imports in src/ run one way, down the layers the README draws: a file may import its own layer
// and those below it, never one above, and nothing outside src/ (the seed, the engine stand-in,
// tools, tests). Type-only imports count too: they tie the layers together just the same.
// src/workbench/ is browser code, bundled for the workbench page, in no layer: it and the server
// import nothing of each other.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const WORKBENCH = path.join(SRC, 'workbench');

/** Top to bottom; each entry is a folder of src/ or a file directly in it. */
const LAYERS: readonly (readonly string[])[] = [
  ['main.ts'],
  ['app.ts', 'demo.ts'],
  ['http', 'jobs'],
  ['planner'],
  ['modules'],
  ['schema'],
  ['runtime'],
  ['policy'],
  ['db'],
  ['shared', 'config.ts', 'generated'],
];

const layerOf = (file: string): number => {
  const top = path.relative(SRC, file).split(path.sep)[0];
  const layer = LAYERS.findIndex((names) => names.includes(top));
  if (layer < 0) throw new Error(`${path.relative(SRC, file)} is in no layer: add ${top} to LAYERS (and the README)`);
  return layer;
};

const IMPORT =
  /(?:^|[\s;])(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith(`${path.sep}generated`) || full === WORKBENCH ? [] : sources(full);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Relative imports of `file`, resolved. */
const importsOf = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier));

/** Every relative import in `text` that runs against the layers, as "from -> to". */
function wrongWayImports(file: string, text: string): string[] {
  const wrong: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier.startsWith('.')) continue; // packages and node: built-ins
    const target = path.resolve(path.dirname(file), specifier);
    const shown = `${path.relative(SRC, file)} -> ${path.relative(SRC, target)}`;
    if (path.relative(SRC, target).startsWith('..')) wrong.push(`${shown} (outside src/)`);
    else if (layerOf(target) < layerOf(file)) wrong.push(shown);
  }
  return wrong;
}

describe('layers', () => {
  it('no import in src/ runs up the layers or out of src/', () => {
    const wrong = sources(SRC).flatMap((file) => wrongWayImports(file, fs.readFileSync(file, 'utf8')));
    expect(wrong).toEqual([]);
  });

  it('the browser code in src/workbench/ and the server import nothing of each other', () => {
    const inside = (target: string) => target === WORKBENCH || target.startsWith(WORKBENCH + path.sep);
    const browser = sources(WORKBENCH);
    expect(browser.length).toBeGreaterThan(5);
    const out = browser.flatMap((file) => importsOf(file).filter((target) => !inside(target)));
    const into = sources(SRC).flatMap((file) => importsOf(file).filter(inside));
    expect([...out, ...into].map((target) => path.relative(SRC, target))).toEqual([]);
  });

  it('the rule sees upward imports of every form (a file that breaks it is reported)', () => {
    const policy = path.join(SRC, 'policy/roles.ts');
    const text = [
      `import { x } from '../http/server.ts';`,
      `import type { Y } from '../modules/session.ts';`,
      `export { z } from '../schema/builder.ts';`,
      `const m = await import('../app.ts');`,
      `import '../../prisma/seed.ts';`,
      `import { ok } from '../db/client.ts';`,
      `import { fine } from './permissions.ts';`,
    ].join('\n');
    expect(wrongWayImports(policy, text)).toEqual([
      'policy/roles.ts -> http/server.ts',
      'policy/roles.ts -> modules/session.ts',
      'policy/roles.ts -> schema/builder.ts',
      'policy/roles.ts -> app.ts',
      'policy/roles.ts -> ../prisma/seed.ts (outside src/)',
    ]);
  });
});
