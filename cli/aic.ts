#!/usr/bin/env node
/** `aic`: the command line of the AI integrations contract kit. Parses the subcommand and delegates. */
import { readFileSync } from 'node:fs';
import { commands } from './commandRegistry.js';
import { UsageError } from './UsageError.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: aic <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     this text',
    '  -v, --version  print the version',
    '',
    'Run "aic <command> --help" for the options of a command.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(version);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`aic: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`aic ${name}: ${error.message}\nRun "aic ${name} --help" for usage.`);
      return 2;
    }
    if (error instanceof Error && error.name === 'ContractLoadError') {
      console.error(`aic ${name}: ${error.message}`);
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
