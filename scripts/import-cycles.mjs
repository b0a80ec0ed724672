#!/usr/bin/env node
// Fails when production files import each other in a cycle, type-only imports included (a cycle
// of types still ties two modules into one). Test files, test support and bench/ are left out.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const FOLDERS = ['spec', 'mock', 'generators', 'conformance', 'cli', 'reviewer'];
const isProduction = (file) =>
  file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.test.ts') && !file.includes('/test-support/');

const files = execFileSync('git', ['ls-files', ...FOLDERS], { encoding: 'utf8' })
  .split('\n')
  .filter(isProduction);
const known = new Set(files);
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]/g;

const edges = new Map();
for (const file of files) {
  const targets = new Set();
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts');
    if (known.has(target)) targets.add(target);
  }
  edges.set(file, [...targets]);
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let next = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(file) {
  index.set(file, next);
  low.set(file, next);
  next += 1;
  stack.push(file);
  onStack.add(file);
  for (const target of edges.get(file) ?? []) {
    if (!index.has(target)) {
      visit(target);
      low.set(file, Math.min(low.get(file), low.get(target)));
    } else if (onStack.has(target)) {
      low.set(file, Math.min(low.get(file), index.get(target)));
    }
  }
  if (low.get(file) === index.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (edges.get(file) ?? []).includes(file)) cycles.push(component.sort());
  }
}
for (const file of files) if (!index.has(file)) visit(file);

if (cycles.length === 0) {
  console.log(`import cycles: none among ${files.length} production files`);
} else {
  console.error(`import cycles among production files (${cycles.length}):`);
  for (const cycle of cycles) console.error(`  ${cycle.join(' <-> ')}`);
  process.exitCode = 1;
}
