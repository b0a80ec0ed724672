/**
 * The reviewers' site as a reviewer uses it, in headless Chromium: built once and served by
 * `aic docs --serve` (the built CLI), read from file:// and from 127.0.0.1. Offline: the pages'
 * content security policy refuses anything not of the site, and the test checks that no answer
 * came from elsewhere.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Contract, type OperationContract } from '../../spec/index.js';

/** CHROMIUM_PATH when set, else Debian's chromium; undefined when there is none. */
function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

const executablePath = findChromium();
const why = `no chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: the reviewers' site was not opened in a browser (.ci/run installs Debian's chromium; CHROMIUM_PATH names another)`;
if (!executablePath) console.warn(`SKIPPED: ${why}`);

let dir: string;
let site: { url: string };
let served: ChildProcess | undefined;
let browser: Browser;
let camel: Contract;
let upper: Contract;
/** Every answer the pages got from outside the site. */
const foreignAnswers: string[] = [];

beforeAll(async () => {
  [camel, upper] = await Promise.all([
    loadContract(undefined, { edition: 'camel' }),
    loadContract(undefined, { edition: 'upper' }),
  ]);
  if (!executablePath) return;
  dir = await mkdtemp(join(tmpdir(), 'aic-docs-site-'));
  served = spawn(
    process.execPath,
    [new URL('../../dist/cli/aic.js', import.meta.url).pathname, 'docs', '--out', dir, '--serve'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  served.stderr!.on('data', (chunk) => (output += chunk));
  site = await new Promise((resolve, reject) => {
    served!.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve({ url });
    });
    served!.once('exit', (code) => reject(new Error(`aic docs --serve exited ${code}: ${output}`)));
  });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (served && served.exitCode === null) {
    served.kill('SIGTERM');
    await once(served, 'exit');
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(site.url) && !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignAnswers.push(url);
  });
  return page;
}

const fileUrl = (name: string) => pathToFileURL(join(dir, name)).href;
const route = (operation: OperationContract) => `#/ai-integrations/${operation.operationId}`;

describe.skipIf(!executablePath)("the reviewers' site in Chromium", () => {
  it('shows every operation and, next to each, every one of its rules, read from file://; try-it says it needs http', async () => {
    const page = await newPage();
    try {
      // The renderer shows the operations on one page and moves between them by route, as its sidebar does.
      await page.goto(fileUrl('index.html'));
      for (const operation of camel.operations.values()) {
        await page.click(`a[href="${route(operation)}"]`);
        const summary = camel.document.paths?.[operation.path]?.[operation.method]?.summary ?? '';
        await expect
          .poll(() => page.locator('h2', { hasText: summary }).first().isVisible(), { timeout: 10_000 })
          .toBe(true);
        for (const rule of operation.rules)
          await expect.poll(() => page.locator(`#rule-${rule.id}`).isVisible()).toBe(true);
      }
      expect(await page.locator('.aic-rule').count()).toBe(camel.rules.length);
      expect(await page.locator('#aic-file-notice').isVisible()).toBe(true);
      await page.waitForSelector('#aic-try-state[data-ready="no"]', { state: 'attached' });
      expect(await page.locator('#aic-try-state').textContent()).toContain('aic docs --serve');
    } finally {
      await page.close();
    }
  });

  it("resolves a rule's anchor in the reference and in the rule table", async () => {
    const page = await newPage();
    try {
      await page.goto(`${fileUrl('index.html')}#rule-name-unique`);
      await expect.poll(() => page.evaluate('location.hash')).toBe(route(camel.operation('update')));
      await expect
        .poll(() =>
          page
            .locator('#rule-name-unique')
            .evaluate(
              (e) =>
                e.classList.contains('aic-target') &&
                e.getBoundingClientRect().top >= 0 &&
                e.getBoundingClientRect().top < 1000,
            ),
        )
        .toBe(true);
      await page.goto(`${fileUrl('rules.html')}#rule-headers-size-limit`);
      expect(await page.locator('#rule-headers-size-limit').evaluate((e) => e.matches(':target'))).toBe(true);
      expect(await page.locator('#rule-headers-size-limit').textContent()).toContain(
        camel.rule('headers-size-limit').summary.slice(0, 40),
      );
      expect(await page.locator('tr.aic-rule-row').count()).toBe(camel.rules.length);
    } finally {
      await page.close();
    }
  });

  it('switches editions: the upper reference speaks its operation ids and spellings, the editions page marks what differs', async () => {
    const page = await newPage();
    try {
      await page.goto(fileUrl('index.html'));
      await page.click('#aic-bar a[href="upper.html"]');
      await page.waitForURL(/upper\.html$/);
      await page.click(`a[href="${route(upper.operation('update'))}"]`);
      // The rules speak the edition's spellings (AWS_BEDROCK where the camel edition says awsBedrock).
      await expect
        .poll(() => page.locator('#rule-provider-consistency').textContent(), { timeout: 10_000 })
        .toContain(upper.rule('provider-consistency').summary);
      expect(upper.rule('provider-consistency').summary).not.toBe(camel.rule('provider-consistency').summary);
      await page.goto(fileUrl('editions.html'));
      const differing = await page.locator('tr.differs').allTextContents();
      expect(
        differing.some(
          (row) =>
            row.includes(camel.operation('update').operationId) && row.includes(upper.operation('update').operationId),
        ),
      ).toBe(true);
      expect(differing.some((row) => row.includes('OPEN_AI'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('tries a PATCH sequence live in the page: create, null clears, a rename onto a taken name is 409, reset', async () => {
    const page = await newPage();
    const apiAnswers: boolean[] = [];
    page.on(
      'response',
      (response) =>
        void (new URL(response.url()).pathname.startsWith('/api/') && apiAnswers.push(response.fromServiceWorker())),
    );
    try {
      await page.goto(`${site.url}index.html${route(camel.operation('create'))}`);
      await page.waitForSelector('#aic-try-state[data-ready="yes"]', { state: 'attached', timeout: 20_000 });
      await page.click('#aic-try summary');
      const send = async (operation: string, fields: { id?: string; query?: string; body?: unknown }) => {
        await page.selectOption('#aic-try-operation', operation);
        if (fields.id !== undefined) await page.fill('#aic-try-id', fields.id);
        if (fields.query !== undefined) await page.fill('#aic-try-query', fields.query);
        if (fields.body !== undefined) await page.fill('#aic-try-body', JSON.stringify(fields.body));
        await page.evaluate("delete document.getElementById('aic-try-status').dataset.status");
        await page.click('#aic-try-send');
        await page.waitForSelector('#aic-try-status[data-status]');
        const status = Number(await page.getAttribute('#aic-try-status', 'data-status'));
        const text = (await page.textContent('#aic-try-response')) ?? '';
        return { status, body: text === '' ? undefined : JSON.parse(text) };
      };
      const listed = await send('list', { query: 'limit=100' });
      expect(listed.status).toBe(200);
      const taken: string = listed.body.ai_integrations[0].name;

      const created = await send('create', {
        body: {
          name: 'Reviewed in the page',
          provider: 'openAI',
          base_url: 'https://llm.example.invalid/v1',
          api_key: 'sk-page',
        },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'Reviewed in the page',
        base_url: 'https://llm.example.invalid/v1',
        has_api_key: true,
      });
      expect(await page.inputValue('#aic-try-id')).toBe(created.body.id);

      const cleared = await send('update', { body: { base_url: null, api_key: null } });
      expect(cleared.status).toBe(200);
      expect(cleared.body.base_url ?? null).toBeNull();
      expect(cleared.body.has_api_key).toBe(false);

      const renamed = await send('update', { body: { name: taken } });
      expect(renamed.status).toBe(409);
      expect(renamed.body).toMatchObject({ status: 409, title: 'Resource conflict' });

      await page.click('#aic-try-reset');
      expect(await page.textContent('#aic-try-status')).toContain('back to the fixtures');
      expect((await send('get', { id: created.body.id })).status).toBe(404);
      expect(
        (await send('list', { query: 'limit=100' })).body.ai_integrations.map((i: { name: string }) => i.name),
      ).toEqual(listed.body.ai_integrations.map((i: { name: string }) => i.name));

      expect(apiAnswers.length).toBe(6);
      expect(apiAnswers.every(Boolean)).toBe(true);
      expect(foreignAnswers).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
