/**
 * `npm run demo` (scripts/demo.mjs) in headless Chromium: the page it serves from 127.0.0.1, bundled,
 * with MSW's worker beside it, where the service worker answers the page's fetches to
 * https://api.arize.com from the mock. The page read as a file instead shows why it cannot start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { ROOT } from './test-support/bundleForBrowser.js';

/** CHROMIUM_PATH when set, else Debian's chromium (what .ci/run installs); undefined when there is none. */
function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

/** The demo server as `npm run demo` starts it (dist/ built), on a free port; resolves with its URL. */
function startDemo(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/demo.mjs'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) resolve({ child, url });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm run demo exited with ${code} before serving:\n${output}`)));
  });
}

let demo: { child: ChildProcess; url: string } | undefined;
let browser: Browser | undefined;
const executablePath = findChromium();
beforeAll(async () => {
  demo = await startDemo();
  if (!executablePath) return;
  const { chromium } = await import('playwright-core');
  // Root in CI: Chromium's sandbox needs a user namespace it may not get.
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  if (demo && demo.child.exitCode === null) {
    const exited = new Promise((resolve) => demo!.child.once('exit', resolve));
    demo.child.kill('SIGTERM');
    await exited;
  }
});

function needChromium(ctx: TestContext): void {
  if (executablePath) return;
  const why = `no chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: the msw demo page was not opened in a browser (.ci/run installs Debian's chromium; CHROMIUM_PATH names another)`;
  console.warn(`SKIPPED: ${why}`);
  ctx.skip(why);
}

describe('npm run demo in Chromium, the mock in a service worker', () => {
  it('lists, creates, patches part of an integration and gets 409 for a duplicate name', async (ctx) => {
    needChromium(ctx);
    const page = await browser!.newPage();
    const origin = new URL(demo!.url).origin;
    try {
      // Every API answer must come from the service worker, none from the network.
      const apiAnswers: Array<{ url: string; fromServiceWorker: boolean }> = [];
      page.on('response', (response) => {
        if (!response.url().startsWith(origin))
          apiAnswers.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
      });
      await page.goto(`${origin}/`);
      await page.waitForSelector('#state[data-done]', { timeout: 20_000 });
      expect(await page.locator('#state').innerText()).toBe('done');

      const step = async (name: string) => {
        const row = page.locator(`#step-${name}`);
        return {
          status: Number(await row.getAttribute('data-status')),
          contentType: await row.getAttribute('data-content-type'),
          body: JSON.parse((await row.getAttribute('data-body')) ?? 'null'),
        };
      };
      const list = await step('list');
      expect(list.status).toBe(200);
      expect(list.body.ai_integrations.length).toBeGreaterThan(1);
      const created = await step('create');
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'Browser demo OpenAI',
        provider: 'openAI',
        has_api_key: true,
        model_names: ['gpt-4o'],
      });
      expect(JSON.stringify(created.body)).not.toContain('sk-browser-demo');
      const patched = await step('patch');
      expect(patched.status).toBe(200);
      expect(patched.body).toEqual({
        ...created.body,
        model_names: ['gpt-4o-mini'],
        updated_at: patched.body.updated_at,
      });
      const duplicate = await step('duplicate');
      expect(duplicate.status).toBe(409);
      expect(duplicate.contentType).toMatch(/^application\/problem\+json/);
      expect(duplicate.body).toMatchObject({
        status: 409,
        title: 'Resource conflict',
        instance: `/v2/ai-integrations/${created.body.id}`,
      });
      expect((await step('get')).body).toEqual(patched.body);
      expect(apiAnswers).toHaveLength(5);
      expect(apiAnswers.filter((answer) => !answer.fromServiceWorker)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opened as a file, the page says it cannot start and how to open it', async (ctx) => {
    needChromium(ctx);
    const page = await browser!.newPage();
    try {
      await page.goto(pathToFileURL(join(ROOT, 'mock/msw/demo/index.html')).href);
      await page.waitForSelector('#state[data-done]', { timeout: 10_000 });
      expect(await page.locator('#state').innerText()).toMatch(/^failed: .*npm run demo/);
    } finally {
      await page.close();
    }
  });
});
