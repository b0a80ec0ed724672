/**
 * The demo page (mock/msw/demo) in headless Chromium: MSW's service worker answers the page's
 * fetches to https://api.arize.com from the mock, in the browser. The page is bundled here from
 * plain ES modules, served from 127.0.0.1 with msw's worker script, and read from the DOM.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser, ROOT } from './test-support/bundleForBrowser.js';

/** CHROMIUM_PATH when set, else Debian's chromium (what .ci/run installs); undefined when there is none. */
function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** The files of `dir`, on 127.0.0.1 and a free port; anything else is 404. */
async function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html').slice(1);
    if (!/^[\w.-]+$/.test(name)) return void res.writeHead(404).end();
    try {
      const body = await readFile(join(dir, name));
      res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the demo page in Chromium, the mock in a service worker', () => {
  let dir: string;
  let site: { server: Server; url: string } | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aic-msw-demo-'));
    await bundleForBrowser(join(ROOT, 'mock/msw/demo/demo.js'), join(dir, 'demo.js'));
    await copyFile(join(ROOT, 'mock/msw/demo/index.html'), join(dir, 'index.html'));
    await copyFile(join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js'), join(dir, 'mockServiceWorker.js'));
    site = await serveStatic(dir);
  });
  afterAll(async () => {
    site?.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists, creates, patches part of an integration and gets 409 for a duplicate name', async (ctx) => {
    const executablePath = findChromium();
    if (!executablePath) {
      const why = `no chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: the msw demo page was not opened in a browser (.ci/run installs Debian's chromium; CHROMIUM_PATH names another)`;
      console.warn(`SKIPPED: ${why}`);
      ctx.skip(why);
    }
    const { chromium } = await import('playwright-core');
    // Root in CI: Chromium's sandbox needs a user namespace it may not get.
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      // Every API answer must come from the service worker, none from the network.
      const apiAnswers: Array<{ url: string; fromServiceWorker: boolean }> = [];
      page.on('response', (response) => {
        if (!response.url().startsWith(site!.url)) apiAnswers.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
      });
      await page.goto(`${site!.url}/`);
      await page.waitForSelector('#state[data-done]', { timeout: 20_000 });
      expect(await page.locator('#state').innerText()).toBe('done');

      const step = async (name: string) => {
        const row = page.locator(`#step-${name}`);
        return { status: Number(await row.getAttribute('data-status')), contentType: await row.getAttribute('data-content-type'), body: JSON.parse((await row.getAttribute('data-body')) ?? 'null') };
      };
      const list = await step('list');
      expect(list.status).toBe(200);
      expect(list.body.ai_integrations.length).toBeGreaterThan(1);
      const created = await step('create');
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Browser demo OpenAI', provider: 'openAI', has_api_key: true, model_names: ['gpt-4o'] });
      expect(JSON.stringify(created.body)).not.toContain('sk-browser-demo');
      const patched = await step('patch');
      expect(patched.status).toBe(200);
      expect(patched.body).toEqual({ ...created.body, model_names: ['gpt-4o-mini'], updated_at: patched.body.updated_at });
      const duplicate = await step('duplicate');
      expect(duplicate.status).toBe(409);
      expect(duplicate.contentType).toMatch(/^application\/problem\+json/);
      expect(duplicate.body).toMatchObject({ status: 409, title: 'Resource conflict', instance: `/v2/ai-integrations/${created.body.id}` });
      expect((await step('get')).body).toEqual(patched.body);
      expect(apiAnswers).toHaveLength(5);
      expect(apiAnswers.filter((answer) => !answer.fromServiceWorker)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
