/** One `aic` subcommand. Loaded on demand, so `aic mock` never pays for the conformance kit. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Resolves to the command's entry: runs it with the arguments after its name, returns the exit code. */
  readonly load: () => Promise<{ run(argv: string[]): Promise<number> }>;
}

export const commands: readonly Command[] = [
  {
    name: 'mock',
    summary: 'Run the stateful mock of the AI integrations API.',
    load: () => import('./commands/mock.js'),
  },
  {
    name: 'sample',
    summary: 'Print generated request bodies (valid or invalid, labelled with their rule).',
    load: () => import('./commands/sample.js'),
  },
  {
    name: 'conform',
    summary: 'Check a server against the contract and report each rule.',
    load: () => import('./commands/conform.js'),
  },
  {
    name: 'rules',
    summary: 'Print the contract rules read from the spec (for a terminal, markdown or JSON).',
    load: () => import('./commands/rules.js'),
  },
  {
    name: 'docs',
    summary:
      "Build the reviewers' site: the rendered reference with the contract rules, both editions, try-it in the page.",
    load: () => import('./commands/docs.js'),
  },
  {
    name: 'diff',
    summary: 'Say what changed between two versions of the spec, and whether it breaks clients or servers.',
    load: () => import('./commands/diff.js'),
  },
];
