#!/usr/bin/env node
// Counts type assertions (`x as T`, `<T>x`; `as const` is not one) and non-null assertions (`x!`)
// in the production code, per folder, and fails when a total is over its aim. Test files, test
// support and generated files are not production code; bench/ is counted apart from the total.
// `--check` exits 1 when a total is over its aim; `--list` also prints where each assertion is.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const AIMS = { as: 100, nonNull: 40 };
const PRODUCTION_FOLDERS = ['spec', 'mock', 'generators', 'conformance', 'cli', 'reviewer'];
const REPORTED_APART = ['bench'];

const isProduction = (file) =>
  file.endsWith('.ts') &&
  !file.endsWith('.d.ts') &&
  !file.endsWith('.test.ts') &&
  !file.endsWith('.generated.ts') &&
  !file.includes('/test-support/');

function countFile(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const counts = { as: 0, nonNull: 0, lines: source.getLineStarts().length, sites: [] };
  const site = (node, kind) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    counts.sites.push(`${file}:${line}: ${kind} ${node.getText(source).replace(/\s+/g, ' ').slice(0, 100)}`);
  };
  const visit = (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      if (!(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const')) {
        counts.as += 1;
        site(node, 'as');
      }
    } else if (ts.isNonNullExpression(node)) {
      counts.nonNull += 1;
      site(node, '! ');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return counts;
}

const files = execFileSync('git', ['ls-files', ...PRODUCTION_FOLDERS, ...REPORTED_APART], { encoding: 'utf8' })
  .split('\n')
  .filter(isProduction);
const byFolder = new Map();
const sites = [];
for (const file of files) {
  const folder = file.split('/')[0];
  const sum = byFolder.get(folder) ?? { files: 0, lines: 0, as: 0, nonNull: 0 };
  const counts = countFile(file);
  sites.push(...counts.sites);
  sum.files += 1;
  sum.lines += counts.lines;
  sum.as += counts.as;
  sum.nonNull += counts.nonNull;
  byFolder.set(folder, sum);
}

if (process.argv.includes('--list')) for (const line of sites) console.log(line);
const total = { files: 0, lines: 0, as: 0, nonNull: 0 };
const row = (name, s) =>
  `${name.padEnd(12)} ${String(s.files).padStart(5)} ${String(s.lines).padStart(7)} ${String(s.as).padStart(5)} ${String(s.nonNull).padStart(5)}`;
console.log(
  `${'folder'.padEnd(12)} ${'files'.padStart(5)} ${'lines'.padStart(7)} ${'as'.padStart(5)} ${'!'.padStart(5)}`,
);
for (const folder of PRODUCTION_FOLDERS) {
  const s = byFolder.get(folder);
  if (!s) continue;
  console.log(row(folder, s));
  for (const key of Object.keys(total)) total[key] += s[key];
}
console.log(row('production', total));
for (const folder of REPORTED_APART) {
  const s = byFolder.get(folder);
  if (s) console.log(row(`(${folder})`, s));
}
const over = Object.entries(AIMS).filter(([key, aim]) => total[key] > aim);
for (const [key, aim] of over) {
  console.error(
    `${key === 'as' ? 'type assertions (as)' : 'non-null assertions (!)'}: ${total[key]}, over the aim of ${aim}`,
  );
}
console.log(`aims: at most ${AIMS.as} type assertions and ${AIMS.nonNull} non-null assertions in production code`);
process.exitCode = over.length > 0 && process.argv.includes('--check') ? 1 : 0;
