import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIV3_1 } from 'openapi-types';
import { REFERENCE_TEMPLATE } from './referencePage.js';

/** Redocly's CLI, a dependency: its `build-docs` renders the reference. */
const REDOCLY_CLI = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');

/** A failure of the renderer, with what it printed. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

/**
 * One HTML page with the whole reference of `document` and the renderer's script in it (no CDN),
 * prerendered so that it reads from `file://`. Redocly's `build-docs` runs in a folder of its own, so
 * no redocly.yaml around the caller changes it, with its telemetry and update notices off.
 */
export async function renderReference(document: OpenAPIV3_1.Document, title: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aic-docs-render-'));
  try {
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
    await writeFile(join(dir, 'template.hbs'), REFERENCE_TEMPLATE);
    const args = [
      REDOCLY_CLI,
      'build-docs',
      'openapi.json',
      '--output',
      'reference.html',
      '--template',
      'template.hbs',
      '--title',
      title,
      '--inlineBundle',
    ];
    try {
      await promisify(execFile)(process.execPath, args, {
        cwd: dir,
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      const stderr = 'stderr' in error ? String(error.stderr ?? '') : '';
      const stdout = 'stdout' in error ? String(error.stdout ?? '') : '';
      const output = `${stderr}${stdout}`.replace(/[║╔╚═╗╝]/g, '').trim();
      throw new RenderError(`the reference did not render (redocly build-docs): ${output || error.message}`);
    }
    return await readFile(join(dir, 'reference.html'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
