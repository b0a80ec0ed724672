import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Modules outside the engine it may reach, made browser-safe by their owners. */
const OUTSIDE = [/^spec\//, /^mock\/MockState\.ts$/, /^mock\/MockLogger\.ts$/, /^mock\/config\//, /^mock\/core\//];
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every module the engine's code imports at run time (type-only imports are erased), followed through mock/. */
function runtimeImports(): Array<{ from: string; specifier: string }> {
  const seen = new Set<string>();
  const found: Array<{ from: string; specifier: string }> = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      if (/^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
      const specifier = match[1]!;
      found.push({ from: file, specifier });
      if (!specifier.startsWith('.')) continue;
      const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.js$/, '.ts');
      if (target.startsWith('mock/engine/')) visit(target);
    }
  };
  for (const name of readdirSync(join(ROOT, 'mock/engine')))
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) visit(`mock/engine/${name}`);
  return found;
}

describe('the mock engine', () => {
  it('imports no node: module, Express or MSW, and leaves mock/ only for modules that run in a browser', () => {
    const imports = runtimeImports();
    expect(imports.length).toBeGreaterThan(10);
    const packages = imports.filter(({ specifier }) => !specifier.startsWith('.'));
    expect(packages).toEqual([]);
    const outside = imports
      .filter(({ specifier }) => specifier.startsWith('.'))
      .map(({ from, specifier }) => relative(ROOT, resolve(ROOT, dirname(from), specifier)).replace(/\.js$/, '.ts'))
      .filter((target) => !target.startsWith('mock/engine/') && !OUTSIDE.some((allowed) => allowed.test(target)));
    expect(outside).toEqual([]);
  });
});
