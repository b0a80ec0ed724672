// npm's `prepare`: builds dist/ on `npm install`/`npm ci` in a checkout, before a first `npx aic`
// from one (skipped when dist/ is there), and when another project installs this one from git
// (npm then clones it, installs its dependencies and runs this in the clone before packing it).
// In that clone the `prepare` entry is removed from package.json once dist/ is built: the package
// the other project receives is built, and npm does not list it as one with an install script to
// review.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';

const npx = process.env.npm_command === 'exec';
if (npx && existsSync('dist/cli/aic.js')) process.exit(0);
const line = `aic: building dist/${npx ? ' before its first run through npx' : ''} (npm run build, about 10 s)\n`;
process.stderr.write(line);
// npx hides a script's output when it is not on a terminal; the user should still know why it waits.
if (npx && !process.stderr.isTTY) {
  try {
    writeFileSync('/dev/tty', line, { flag: 'a' });
  } catch {}
}
execSync('npm run build', { stdio: 'inherit' });

if (inNpmCache(process.cwd())) {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  delete manifest.scripts.prepare;
  writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A git dependency's clone lives in npm's cache folder; a checkout someone works in never does. */
function inNpmCache(dir) {
  const cache = process.env.npm_config_cache;
  if (!cache || !existsSync(cache)) return false;
  const inside = relative(realpathSync(cache), realpathSync(dir));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}
