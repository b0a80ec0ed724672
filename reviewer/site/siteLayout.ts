import type { Edition } from '../../spec/portable.js';
import { escapeHtml } from './html.js';

/** The site's pages, by file name. */
export const PAGES = {
  reference: (edition: Edition, defaultEdition: Edition) =>
    edition === defaultEdition ? 'index.html' : `${edition}.html`,
  rules: (edition: Edition, defaultEdition: Edition) =>
    edition === defaultEdition ? 'rules.html' : `rules-${edition}.html`,
  editions: 'editions.html',
} as const;

/**
 * What no page may fetch: anything but itself. The renderer's sidebar shows a logo from the
 * renderer's own site; the policy keeps every page offline and self-contained, wherever it is hosted.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self' data: blob: 'unsafe-inline' 'unsafe-eval'; img-src 'self' data: blob:; connect-src 'self'";

export interface NavigationContext {
  readonly editions: readonly Edition[];
  readonly defaultEdition: Edition;
  /** The page shown, as in PAGES. */
  readonly current: string;
}

/** The bar at the top of every page: both editions' references and rule tables, the editions page; opened from a file, it says what needs http. */
export function navigationBar(context: NavigationContext): string {
  const link = (href: string, text: string) =>
    `<a href="${href}"${href === context.current ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`;
  const links = [
    ...context.editions.map((e) => link(PAGES.reference(e, context.defaultEdition), `Reference (${e})`)),
    ...context.editions.map((e) => link(PAGES.rules(e, context.defaultEdition), `Rules (${e})`)),
    link(PAGES.editions, 'Editions compared'),
  ];
  return `<nav id="aic-bar"><strong>AI integrations contract</strong> ${links.join(' ')}<span id="aic-file-notice" hidden>Opened from a file: the reference reads as is, but Try it needs the site served over http: run <code>aic docs --serve</code> (it serves on 127.0.0.1).</span></nav>
<script>if (location.protocol === 'file:') document.getElementById('aic-file-notice').hidden = false;</script>`;
}

export const SITE_CSS = `
#aic-bar { position: relative; z-index: 1000; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; padding: .5rem 1rem; background: #1f2937; color: #f9fafb; font: 14px/1.4 system-ui, sans-serif; }
#aic-bar a { color: #bfdbfe; text-decoration: none; } #aic-bar a[aria-current] { color: #fff; text-decoration: underline; }
#aic-file-notice { flex-basis: 100%; color: #fde68a; } #aic-file-notice code { color: #fff; }
.aic-page { max-width: 72rem; margin: 0 auto; padding: 1rem 2rem 4rem; font: 15px/1.5 system-ui, sans-serif; color: #111827; }
.aic-page table { border-collapse: collapse; width: 100%; margin: 1rem 0; } .aic-page th, .aic-page td { border: 1px solid #d1d5db; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.aic-page th { background: #f3f4f6; } .aic-page code { background: #f3f4f6; padding: 0 .2em; border-radius: 3px; }
.aic-page tr:target { background: #fef9c3; } .aic-page .differs { background: #fee2e2; }
.aic-rules .aic-rule { border-left: 3px solid #93c5fd; padding: .25rem .75rem; margin: .5rem 0; }
.aic-rules .aic-rule:target, .aic-rules .aic-rule.aic-target { border-left-color: #f59e0b; background: #fef9c3; }
.aic-rule-meta { color: #4b5563; font-size: .9em; }
`;

/** A page of the site other than the rendered reference. */
export function plainPage(title: string, context: NavigationContext, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { margin: 0; } ${SITE_CSS}</style>
</head>
<body>
${navigationBar(context)}
<main class="aic-page">
${body}
</main>
</body>
</html>
`;
}
