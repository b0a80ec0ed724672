// `npm run pack [-- --pack-destination DIR]`: the package as a tarball another project installs
// (`npm install ./ai-integrations-contract-<version>.tgz`). dist/ must be built (`npm run pack`
// builds first). The tarball is packed from a staging copy whose package.json has no `prepare`:
// its dist/ is built already, and npm would otherwise list the package as one with an install
// script to review. Prints the tarball's path.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'pack-destination': { type: 'string', default: '.' } } });
const destination = resolve(values['pack-destination']);
if (!existsSync('dist/mock/msw/index.cjs')) {
  process.stderr.write('pack: dist/ is not built: run npm run build first (npm run pack does)\n');
  process.exit(2);
}

const staging = mkdtempSync(join(tmpdir(), 'aic-pack-staging-'));
try {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  delete manifest.scripts.prepare;
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // npm applies `files` to the staging copy as it would to the checkout; README and LICENSE always go.
  for (const entry of ['README.md', 'LICENSE', ...manifest.files.filter((pattern) => !pattern.startsWith('!'))]) {
    if (existsSync(entry)) cpSync(entry, join(staging, entry), { recursive: true });
  }
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination, staging], {
    encoding: 'utf8',
  });
  console.log(join(destination, packed.trim().split('\n').at(-1)));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
