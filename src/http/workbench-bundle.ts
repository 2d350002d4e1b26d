// The workbench's browser bundle (src/workbench/: GraphiQL, the Explorer, charts, tables, sign-in),
// built from our own dependencies with esbuild when it is first asked for: no build step after
// `npm ci`, nothing from a CDN. The build is named by a hash of what goes into it (the workbench's
// sources, the lockfile, esbuild's version and options), kept in memory and on disk under
// node_modules/.cache, so a restart or another process reuses it and any change builds anew.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = path.join(ROOT, 'src/workbench');
const CACHE = path.join(ROOT, 'node_modules/.cache/workbench');

/** Output file -> what it bundles. Monaco's editor workers are bundles of their own. */
const ENTRIES = {
  workbench: path.join(SOURCES, 'main.tsx'),
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

const OPTIONS: esbuild.BuildOptions = {
  entryPoints: ENTRIES,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome120', 'firefox120', 'safari17'],
  jsx: 'automatic',
  // Monaco's icon font, inside the stylesheet: one file fewer to serve.
  loader: { '.ttf': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  absWorkingDir: ROOT,
  outdir: 'out',
  write: false,
  logLevel: 'silent',
};

export const WORKBENCH_FILES = {
  'workbench.js': 'text/javascript; charset=utf-8',
  'workbench.css': 'text/css; charset=utf-8',
  'editor.worker.js': 'text/javascript; charset=utf-8',
  'json.worker.js': 'text/javascript; charset=utf-8',
  'graphql.worker.js': 'text/javascript; charset=utf-8',
} as const;
export type WorkbenchFile = keyof typeof WORKBENCH_FILES;
export type Bundle = Map<WorkbenchFile, Buffer>;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** The build's name: a hash of everything that goes into it (a few milliseconds to compute). */
export function bundleVersion(): string {
  const hash = createHash('sha256').update(`${esbuild.version}\n${JSON.stringify(OPTIONS)}\n`);
  for (const file of [...sourceFiles(SOURCES), path.join(ROOT, 'package-lock.json')]) {
    hash.update(`${path.relative(ROOT, file)}\n`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function readCache(version: string): Bundle | null {
  const dir = path.join(CACHE, version);
  try {
    return new Map(
      Object.keys(WORKBENCH_FILES).map((file) => [file as WorkbenchFile, fs.readFileSync(path.join(dir, file))]),
    );
  } catch {
    return null;
  }
}

/** Written to a folder of its own, then renamed into place: a reader never sees half a build. */
function writeCache(version: string, bundle: Bundle): void {
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    const partial = fs.mkdtempSync(path.join(CACHE, `${version}-`));
    for (const [file, contents] of bundle) fs.writeFileSync(path.join(partial, file), contents);
    fs.rmSync(path.join(CACHE, version), { recursive: true, force: true });
    fs.renameSync(partial, path.join(CACHE, version));
    for (const old of fs.readdirSync(CACHE))
      if (old !== version) fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
  } catch {
    // A read-only install still serves the build from memory.
  }
}

async function build(): Promise<Bundle> {
  const result = await esbuild.build(OPTIONS);
  const bundle: Bundle = new Map();
  for (const output of result.outputFiles ?? []) {
    const file = path.basename(output.path) as WorkbenchFile;
    if (Object.hasOwn(WORKBENCH_FILES, file)) bundle.set(file, Buffer.from(output.contents));
  }
  const missing = Object.keys(WORKBENCH_FILES).filter((file) => !bundle.has(file as WorkbenchFile));
  if (missing.length) throw new Error(`the workbench build wrote no ${missing.join(', ')}`);
  return bundle;
}

const builds = new Map<string, Promise<Bundle>>();

/** The bundle of `version` (from memory, the disk cache, or a build); one build at a time per version. */
export function workbenchBundle(version: string): Promise<Bundle> {
  let pending = builds.get(version);
  if (!pending) {
    builds.clear();
    pending = Promise.resolve().then(async () => {
      const cached = readCache(version);
      if (cached) return cached;
      const built = await build();
      writeCache(version, built);
      return built;
    });
    pending.catch(() => builds.delete(version));
    builds.set(version, pending);
  }
  return pending;
}
