import { UsageError } from '../UsageError.js';

// Placeholder while the command is being built in this session; replaced by its real module.
export async function run(_argv: string[]): Promise<number> {
  throw new UsageError('this command is not built yet');
}
