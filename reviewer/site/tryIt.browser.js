// The reference page's try-it panel: the project's mock (createHandlers, the same engine as
// `aic mock`) answers in the page's own service worker, so every operation can be sent from the page
// with no server running. Bundled for the browser into dist/reviewer/site/assets/tryIt.js by the
// build. One account per bearer token: the demo token opens the demo fixtures, any other token an
// empty account of its own. Reset returns every account to the fixtures.
import { setupWorker } from 'msw/browser';
import { createHandlers, DEMO_TOKEN } from 'ai-integrations-contract/msw';

const config = JSON.parse(document.getElementById('aic-try-config').textContent);
const base = new URL(config.base, location.href).href.replace(/\/$/, '');
const panel = document.getElementById('aic-try');

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

const state = element('div', { id: 'aic-try-state', class: 'aic-try-note' }, ['starting the mock…']);
const operation = element(
  'select',
  { id: 'aic-try-operation' },
  config.operations.map((op) => element('option', { value: op.name }, [`${op.method} ${op.path}`])),
);
const example = element('select', { id: 'aic-try-example' });
const token = element('input', { id: 'aic-try-token', value: DEMO_TOKEN, spellcheck: 'false' });
const id = element('input', { id: 'aic-try-id', placeholder: 'integration_id', spellcheck: 'false' });
const query = element('input', { id: 'aic-try-query', placeholder: 'limit=10&name=demo', spellcheck: 'false' });
const body = element('textarea', { id: 'aic-try-body', spellcheck: 'false' });
const send = element('button', { id: 'aic-try-send', type: 'button', disabled: '' }, ['Send']);
const reset = element('button', { id: 'aic-try-reset', type: 'button', disabled: '' }, ['Reset to the fixtures']);
const status = element('div', { id: 'aic-try-status' });
const response = element('pre', { id: 'aic-try-response' });
const field = (text, control) => element('label', {}, [text, control]);

panel.append(
  element('details', {}, [
    element('summary', {}, [`Try it: the mock, in this page (${config.edition} edition)`]),
    element('div', { class: 'aic-try-body' }, [
      state,
      field('Operation', operation),
      field('Bearer token (one account per token; the demo token opens the fixtures)', token),
      field('integration_id', id),
      field('Query', query),
      field('Example body', example),
      field('Body (JSON)', body),
      element('div', { class: 'aic-try-buttons' }, [send, reset]),
      status,
      response,
    ]),
  ]),
);

function selected() {
  return config.operations.find((op) => op.name === operation.value);
}

function showOperation() {
  const op = selected();
  const examples = Object.entries(op.examples);
  example.replaceChildren(...examples.map(([name]) => element('option', { value: name }, [name])));
  example.disabled = examples.length === 0;
  body.disabled = !['POST', 'PATCH', 'PUT'].includes(op.method);
  body.value = examples.length > 0 ? JSON.stringify(examples[0][1], null, 2) : '';
  id.disabled = !op.path.includes('{integration_id}');
  query.disabled = !op.query;
}
operation.addEventListener('change', showOperation);
example.addEventListener('change', () => (body.value = JSON.stringify(selected().examples[example.value], null, 2)));
showOperation();

async function sendRequest() {
  const op = selected();
  const path = op.path.replace('{integration_id}', encodeURIComponent(id.value.trim()));
  const url = `${base}${path}${op.query && query.value.trim() ? `?${query.value.trim().replace(/^\?/, '')}` : ''}`;
  const headers = { authorization: `Bearer ${token.value.trim()}` };
  const init = { method: op.method, headers };
  if (!body.disabled && body.value.trim() !== '') {
    headers['content-type'] = 'application/json';
    init.body = body.value;
  }
  status.textContent = `${op.method} ${path} …`;
  const answer = await fetch(url, init);
  const text = await answer.text();
  let shown = text;
  try {
    shown = JSON.stringify(JSON.parse(text), null, 2);
  } catch {}
  status.textContent = `${op.method} ${path} → ${answer.status} ${answer.headers.get('content-type') ?? ''}`;
  status.dataset.status = String(answer.status);
  response.textContent = shown;
  // A created integration is the one a reviewer tries next.
  if (op.method === 'POST' && answer.status === 201) id.value = JSON.parse(text).id;
}

async function start() {
  const mock = createHandlers({ edition: config.edition, baseUrl: base });
  await setupWorker(...mock.handlers).start({
    serviceWorker: { url: new URL('./mockServiceWorker.js', location.href).pathname },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  send.disabled = false;
  reset.disabled = false;
  send.addEventListener('click', () => sendRequest().catch((error) => (status.textContent = `failed: ${error}`)));
  reset.addEventListener('click', () => {
    mock.reset();
    status.textContent = 'Every account is back to the fixtures.';
    delete status.dataset.status;
    response.textContent = '';
  });
  state.textContent = `Answered by the mock in this page's service worker, at ${base}. Nothing leaves the browser.`;
  state.dataset.ready = 'yes';
}

start().catch((error) => {
  state.textContent = `The mock did not start: ${error?.message ?? error}`;
  state.dataset.ready = 'no';
});
