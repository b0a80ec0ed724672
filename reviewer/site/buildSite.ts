import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from '../../spec/document/loadContract.js';
import { EDITIONS, type Edition } from '../../spec/portable.js';
import { editionsPage } from './editionsPage.js';
import { finishReferencePage, referenceDocument } from './referencePage.js';
import { renderReference } from './renderReference.js';
import { rulesPage } from './rulesPage.js';
import { PAGES, type NavigationContext } from './siteLayout.js';

/** What the build ships beside this module: the try-it panel bundled for browsers and msw's worker script. */
const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));

export interface BuiltSite {
  readonly out: string;
  /** The files written, relative to `out`. */
  readonly files: readonly string[];
  readonly editions: readonly Edition[];
}

/**
 * The reviewers' site in `out`: per edition, the rendered reference with each operation's contract
 * rules and a try-it panel, and the rule table; a page comparing the editions; the assets. Static and
 * self-contained: any static host serves it, and the pages read from `file://`.
 */
export async function buildSite(spec: string, out: string): Promise<BuiltSite> {
  const first = await loadContract(spec);
  const editions = EDITIONS.filter((edition) => edition in first.editions.editions);
  const contracts = await Promise.all(editions.map((edition) => loadContract(spec, { edition })));
  await mkdir(join(out, 'assets'), { recursive: true });
  const context = (current: string): NavigationContext => ({
    editions,
    defaultEdition: first.editions.default,
    current,
  });
  const files: string[] = [];
  const write = async (name: string, text: string) => {
    await writeFile(join(out, name), text);
    files.push(name);
  };
  await Promise.all([
    ...contracts.map(async (contract) => {
      const name = PAGES.reference(contract.edition, first.editions.default);
      const rendered = await renderReference(
        referenceDocument(contract),
        `${contract.document.info.title} (${contract.edition} edition)`,
      );
      await write(name, finishReferencePage(rendered, contract, context(name)));
    }),
    ...contracts.map((contract) => {
      const name = PAGES.rules(contract.edition, first.editions.default);
      return write(name, rulesPage(contract, context(name)));
    }),
    write(PAGES.editions, editionsPage(contracts, context(PAGES.editions))),
    // The worker script sits at the site's root, so that its scope covers every page.
    copyFile(join(ASSETS, 'mockServiceWorker.js'), join(out, 'mockServiceWorker.js')).then(
      () => void files.push('mockServiceWorker.js'),
    ),
    copyFile(join(ASSETS, 'tryIt.js'), join(out, 'assets/tryIt.js')).then(() => void files.push('assets/tryIt.js')),
  ]);
  return { out, files: files.sort(), editions };
}
