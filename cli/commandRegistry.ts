/** One `aic` subcommand. Loaded on demand, so `aic mock` never pays for the conformance kit. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Resolves to the command's entry: runs it with the arguments after its name, returns the exit code. */
  readonly load: () => Promise<{ run(argv: string[]): Promise<number> }>;
}

export const commands: readonly Command[] = [
  { name: 'rules', summary: 'Print the contract rules read from the spec (table or JSON).', load: () => import('./commands/rules.js') },
];
