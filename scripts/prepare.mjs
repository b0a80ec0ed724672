// npm's `prepare`: builds dist/ on `npm install`/`npm ci` in a checkout, before a first `npx aic`
// from one (skipped when dist/ is there), and when another project installs this one from git
// (npm then clones it, installs its dependencies and runs this in the clone before packing it).
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';

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
