import type { OpenAPIV3_1 } from 'openapi-types';
import type { Contract, OperationContract } from '../../spec/portable.js';
import { escapeHtml, inlineMarkup, jsonForScript } from './html.js';
import { kitText, originText, ruleAnchor, ruleText, statusText } from './rulePresentation.js';
import { CONTENT_SECURITY_POLICY, navigationBar, PAGES, SITE_CSS, type NavigationContext } from './siteLayout.js';

/** Where the page's mock answers, relative to the page: the service worker answers every call under it. */
export const TRY_IT_BASE = './api';

/**
 * The edition's document as the renderer gets it: each operation's description ends with its
 * contract rules (clause, fact or decision, statuses, fields, what the kit checks, with or without
 * --strict), each under its own anchor, so they read next to the operation they govern.
 */
export function referenceDocument(contract: Contract): OpenAPIV3_1.Document {
  const document = structuredClone(contract.document);
  const rulesPage = PAGES.rules(contract.edition, contract.editions.default);
  for (const operation of contract.operations.values()) {
    const written = document.paths?.[operation.path]?.[operation.method];
    if (!written || operation.rules.length === 0) continue;
    written.description = `${written.description ?? ''}\n\n${rulesBlock(operation, rulesPage)}\n`;
  }
  return document;
}

/** One HTML block (markdown passes HTML blocks through untouched, so no blank line inside). */
function rulesBlock(operation: OperationContract, rulesPage: string): string {
  const rules = operation.rules.map(
    (rule) =>
      `<div class="aic-rule" id="${ruleAnchor(rule)}"><div><a href="${rulesPage}#${ruleAnchor(rule)}" title="this rule in the rule table"><code>${escapeHtml(rule.id)}</code></a> <span class="aic-rule-meta">${escapeHtml(originText(rule))} · ${escapeHtml(statusText(rule))} · ${escapeHtml(rule.contract)}${rule.fields.length > 0 ? ` · fields: ${rule.fields.map(escapeHtml).join(', ')}` : ''}</span></div><div>${inlineMarkup(ruleText(rule))}</div><div class="aic-rule-meta">The kit, without --strict: ${inlineMarkup(kitText(rule))}</div></div>`,
  );
  return `<section class="aic-rules"><h3>Contract rules (${operation.rules.length})</h3>${rules.join('')}</section>`;
}

/** What the try-it panel needs to know of the edition: its operations and their example bodies. */
export function tryItConfig(contract: Contract): unknown {
  return {
    edition: contract.edition,
    base: TRY_IT_BASE,
    operations: [...contract.operations.values()].map((operation) => ({
      name: operation.name,
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      path: operation.path,
      query: operation.parameters.some((p) => p.in === 'query'),
      examples: operation.requestBody?.examples ?? {},
    })),
  };
}

/**
 * The renderer's page made the site's: the content security policy (nothing fetched from elsewhere),
 * the navigation bar, the try-it panel and its script, and the script that turns a rule's anchor
 * (`index.html#rule-name-unique`) into the renderer's route of its operation, then scrolls to the rule.
 */
export function finishReferencePage(rendered: string, contract: Contract, context: NavigationContext): string {
  const routes = Object.fromEntries(
    contract.rules.map((rule) => [rule.id, operationRoute(contract, contract.operation(rule.operation))]),
  );
  const head = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<style>${SITE_CSS}${TRY_IT_CSS}</style>
<script>${ruleAnchorScript(routes)}</script>`;
  const body = `${navigationBar(context)}
<aside id="aic-try" aria-label="Try it"></aside>
<script type="application/json" id="aic-try-config">${jsonForScript(tryItConfig(contract))}</script>
<script type="module" src="./assets/tryIt.js"></script>
<script>${FILE_TRY_IT_SCRIPT}</script>`;
  const withHead = rendered.replace('<!--aic-head-->', () => head);
  const page = withHead.replace('<!--aic-body-->', () => body);
  if (page === rendered || withHead === rendered || page === withHead)
    throw new Error('the reference template lost its markers');
  return page;
}

/**
 * From a file, browsers run no module script and no service worker: the panel says how to get both
 * (the try-it module, which would say the same, is not even loaded there).
 */
const FILE_TRY_IT_SCRIPT = `if (location.protocol === 'file:') document.getElementById('aic-try').innerHTML = '<details><summary>Try it</summary><div class="aic-try-body"><div id="aic-try-state" class="aic-try-note" data-ready="no">Try it needs the page served over http(s): service workers do not run from a file. Run <code>aic docs --serve</code>, which serves this site on 127.0.0.1.</div></div></details>';`;

/** The renderer's route of an operation: `#/<its first tag, slugged>/<operationId>`. */
function operationRoute(contract: Contract, operation: OperationContract): string {
  const written = contract.document.paths?.[operation.path]?.[operation.method];
  return `#/${slug(written?.tags?.[0] ?? 'default')}/${operation.operationId}`;
}

/** The renderer's slug of a tag: `AI integrations` → `ai-integrations`. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function ruleAnchorScript(routes: Record<string, string>): string {
  return `(function () {
  var routes = ${jsonForScript(routes)};
  var match = /^#rule-(.+)$/.exec(location.hash);
  if (!match || !routes[match[1]]) return;
  var id = 'rule-' + match[1];
  history.replaceState(null, '', routes[match[1]]);
  var tries = 0;
  (function scrollToRule() {
    var rule = document.getElementById(id);
    if (rule && document.readyState === 'complete') {
      rule.classList.add('aic-target');
      setTimeout(function () { rule.scrollIntoView({ block: 'start' }); }, 100);
    } else if (tries++ < 200) setTimeout(scrollToRule, 50);
  })();
})();`;
}

/** The renderer's page template: its head and body, with markers for finishReferencePage. */
export const REFERENCE_TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>{{title}}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { padding: 0; margin: 0; }</style>
<!--aic-head-->
{{{redocHead}}}
</head>
<body>
<!--aic-body-->
{{{redocHTML}}}
</body>
</html>
`;

const TRY_IT_CSS = `
#aic-try { position: fixed; right: 1rem; bottom: 1rem; z-index: 1001; width: min(34rem, calc(100vw - 2rem)); max-height: calc(100vh - 5rem); overflow: auto; background: #fff; border: 1px solid #9ca3af; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / .2); font: 13px/1.4 system-ui, sans-serif; color: #111827; }
#aic-try summary { cursor: pointer; padding: .5rem .75rem; font-weight: 600; background: #eff6ff; border-radius: 8px; }
#aic-try .aic-try-body { padding: .5rem .75rem; display: grid; gap: .4rem; }
#aic-try label { display: grid; gap: .1rem; } #aic-try input, #aic-try select, #aic-try textarea { font: 12px/1.3 ui-monospace, monospace; padding: .25rem; }
#aic-try textarea { min-height: 7rem; } #aic-try pre { margin: 0; max-height: 16rem; overflow: auto; background: #f3f4f6; padding: .5rem; white-space: pre-wrap; word-break: break-all; }
#aic-try .aic-try-buttons { display: flex; gap: .5rem; } #aic-try button { padding: .3rem .8rem; }
#aic-try .aic-try-note { color: #4b5563; }
`;
