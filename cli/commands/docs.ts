import { resolve } from 'node:path';
import { DEFAULT_SPEC_PATH } from '../../spec/index.js';
import { type BuiltSite, buildSite, RenderError, serveSite } from '../../reviewer/site/index.js';
import { errorCode } from '../errorCode.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic docs [--out DIR] [--spec FILE] [--serve [--port N]]

Builds the reviewers' site of the contract into DIR: a static, self-contained site (no CDN; any
static host serves it). For each edition, the rendered reference (Redocly) with each operation's
contract rules next to it, each rule under an anchor (index.html#rule-name-unique), and a try-it
panel answered by the project's mock in the page's own service worker; the rule table
(rules.html, rules-upper.html); and a page of the differences between the editions (editions.html).

The reference reads from a file; try-it needs http (service workers do not run from files):
--serve serves the site on 127.0.0.1 until interrupted.

Options:
  --out DIR      where to write the site (default: aic-docs)
  --spec FILE    OpenAPI document to read (default: the project's spec/openapi.yaml); try-it
                 always answers with the contract built into the package
  --serve        serve the site on 127.0.0.1 after building it
  --port N       the port to serve on (default: a free one)
  -h, --help     this text`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    out: { type: 'string', default: 'aic-docs' },
    spec: { type: 'string' },
    serve: { type: 'boolean', default: false },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number (got ${JSON.stringify(values.port)})`);
  if (values.port !== undefined && !values.serve) throw new UsageError('--port goes with --serve');
  const started = performance.now();
  let site: BuiltSite;
  try {
    site = await buildSite(values.spec ?? DEFAULT_SPEC_PATH, resolve(values.out));
  } catch (error) {
    if (error instanceof RenderError) {
      console.error(`aic docs: ${error.message}`);
      return 2;
    }
    const code = errorCode(error);
    if (error instanceof Error && (code === 'EACCES' || code === 'ENOTDIR' || code === 'EEXIST' || code === 'EROFS')) {
      console.error(`aic docs: cannot write the site to ${resolve(values.out)}: ${error.message}`);
      return 2;
    }
    throw error;
  }
  console.log(
    `aic docs: wrote ${site.files.length} files to ${site.out} in ${((performance.now() - started) / 1000).toFixed(1)} s (editions: ${site.editions.join(', ')}).`,
  );
  if (!values.serve) {
    console.log(`Open ${site.out}/index.html to read it; run aic docs --serve to try the operations in the page.`);
    return 0;
  }
  const served = await serveSite(site.out, port);
  console.log(`aic docs: serving ${site.out} at ${served.url} (127.0.0.1 only; Ctrl-C stops)`);
  await new Promise<void>((resolveStop) => {
    const stop = () => void served.close().then(resolveStop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
