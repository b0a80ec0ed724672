import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The package's msw entry as a consumer's bundler reaches it: the built file in dist/. */
export const MSW_ENTRY = `${ROOT}dist/mock/msw/index.js`;

export interface BrowserBundle {
  readonly text: string;
  readonly metafile: Metafile;
}

/**
 * Bundles `entry` for a browser, as a frontend's bundler would: every import resolved, node:
 * modules unknown (esbuild's browser platform fails on them), `ai-integrations-contract/msw`
 * being the built entry. Rejects with esbuild's errors.
 */
export async function bundleForBrowser(entry: string): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    alias: { 'ai-integrations-contract/msw': MSW_ENTRY },
    metafile: true,
    logLevel: 'silent',
    write: false,
    outdir: '/virtual',
  });
  return { text: result.outputFiles[0]!.text, metafile: result.metafile };
}
