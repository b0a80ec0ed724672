#!/usr/bin/env node
/** `aic`: the command line of the AI integrations contract kit. Parses the subcommand and delegates. */
import { readFileSync } from 'node:fs';
import { styleText } from 'node:util';
import { commands } from './commandRegistry.js';
import { UsageError } from './UsageError.js';

const packageJson: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const version =
  typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson
    ? String(packageJson.version)
    : 'unknown';

/**
 * Colour when `stream` is a terminal that takes it, as Node decides (NO_COLOR, NODE_DISABLE_COLORS
 * and TERM=dumb turn it off; FORCE_COLOR turns it on, also into a pipe).
 */
function styled(stream: NodeJS.WriteStream, format: Parameters<typeof styleText>[0], text: string): string {
  return styleText(format, text, { stream });
}

function help(stream: NodeJS.WriteStream): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const heading = (text: string) => styled(stream, 'bold', text);
  return [
    `${heading('Usage:')} aic <command> [options]`,
    '',
    heading('Commands:'),
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    heading('Options:'),
    '  -h, --help     this text',
    '  -v, --version  print the version (also after a command: aic mock --version)',
    '',
    'Run "aic <command> --help" for the options of a command.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help(process.stdout));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  // Every command answers --version as aic does (its options end at a bare --).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (name === '--version' || name === '-v' || (command && options.includes('--version'))) {
    console.log(version);
    return 0;
  }
  if (!command) {
    console.error(`${styled(process.stderr, 'red', 'aic:')} unknown command "${name}"\n\n${help(process.stderr)}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(
        `${styled(process.stderr, 'red', `aic ${name}:`)} ${error.message}\nRun "aic ${name} --help" for usage.`,
      );
      return 2;
    }
    if (error instanceof Error && error.name === 'ContractLoadError') {
      console.error(`${styled(process.stderr, 'red', `aic ${name}:`)} ${error.message}`);
      return 2;
    }
    throw error;
  }
}

// A reader that stops early (`aic sample ... | head -1`) is not an error: end quietly, exit 0.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
