// A frontend's view of the mock: MSW's service worker answers every call to the API's base URL
// from the mock's engine, in the page. `npm run demo` bundles it (scripts/demo.mjs) and serves it
// with MSW's worker; the page calls the API with fetch, as an app would, and shows each answer.
import { setupWorker } from 'msw/browser';
import { createHandlers, DEFAULT_BASE_URL, DEMO_TOKEN } from 'ai-integrations-contract/msw';

const mock = createHandlers();
const worker = setupWorker(...mock.handlers);
const api = `${DEFAULT_BASE_URL}/v2/ai-integrations`;
const headers = { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' };

async function call(step, method, url, body) {
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const json = response.status === 204 ? undefined : await response.json();
  const row = document.createElement('tr');
  row.id = `step-${step}`;
  row.dataset.status = String(response.status);
  row.dataset.contentType = response.headers.get('content-type') ?? '';
  row.dataset.body = JSON.stringify(json);
  for (const text of [step, `${method} ${new URL(url).pathname}`, String(response.status), summary(json)]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  document.querySelector('#steps').append(row);
  return json;
}

function summary(json) {
  if (json?.ai_integrations)
    return `${json.ai_integrations.length} integrations: ${json.ai_integrations.map((i) => i.name).join(', ')}`;
  if (json?.title) return `${json.title}: ${json.detail}`;
  return json ? `${json.name} (${json.provider}), models ${JSON.stringify(json.model_names ?? null)}` : '';
}

async function main() {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  const state = document.querySelector('#state');
  state.textContent = 'worker started';
  const listed = await call('list', 'GET', `${api}?limit=10`);
  const created = await call('create', 'POST', api, {
    name: 'Browser demo OpenAI',
    provider: 'openAI',
    api_key: 'sk-browser-demo',
    model_names: ['gpt-4o'],
  });
  await call('patch', 'PATCH', `${api}/${created.id}`, { model_names: ['gpt-4o-mini'] });
  await call('duplicate', 'PATCH', `${api}/${created.id}`, { name: listed.ai_integrations[0].name });
  await call('get', 'GET', `${api}/${created.id}`);
  state.textContent = 'done';
  state.dataset.done = 'true';
}

main().catch((error) => {
  const state = document.querySelector('#state');
  state.textContent = `failed: ${error?.stack ?? error}`;
  state.dataset.done = 'true';
});
