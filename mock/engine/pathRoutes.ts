/** A path template of the contract compiled once: its pattern and its parameters' names. */
export interface PathPattern {
  readonly template: string;
  readonly names: readonly string[];
  /**
   * The decoded parameters of a matching path, `undefined` when the path is not this template's,
   * `null` when it is but a parameter does not decode (a 400).
   */
  match(pathname: string): Record<string, string> | undefined | null;
}

/**
 * `/v2/ai-integrations/{integration_id}` to `^/v2/ai-integrations/([^/]+)/?$`, as Express 5 routes
 * it: case-sensitive, a parameter is one non-empty segment, one trailing slash allowed, the
 * parameter percent-decoded.
 */
export function compilePathTemplate(template: string): PathPattern {
  const names: string[] = [];
  const source = template
    .split(/(\{[A-Za-z_][A-Za-z0-9_]*\})/)
    .map((part) => {
      if (part.startsWith('{') && part.endsWith('}')) {
        names.push(part.slice(1, -1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  const pattern = new RegExp(`^${source}\\/?$`);
  return {
    template,
    names,
    match(pathname) {
      const found = pattern.exec(pathname);
      if (!found) return undefined;
      const params: Record<string, string> = {};
      for (const [i, name] of names.entries()) {
        const raw = found[i + 1] ?? '';
        try {
          params[name] = raw.includes('%') ? decodeURIComponent(raw) : raw;
        } catch {
          return null;
        }
      }
      return params;
    },
  };
}

/**
 * The path a request is routed by (Express's `req.path`): the path as sent without a fragment, and
 * for an absolute-form target (`GET http://host/v2/...`) without its scheme and authority.
 */
export function routingPath(path: string): string {
  let pathname = path;
  if (pathname.charCodeAt(0) !== 47 /* / */) {
    const origin = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(pathname);
    if (origin) pathname = pathname.slice(origin[0].length) || '/';
  }
  const hash = pathname.indexOf('#');
  return hash < 0 ? pathname : pathname.slice(0, hash);
}

/** A request target (`/path?query`) to the MockRequest's path (as sent) and query (without `?` or fragment). */
export function splitTarget(target: string): { readonly path: string; readonly query: string } {
  const question = target.indexOf('?');
  if (question < 0) return { path: target, query: '' };
  const hash = target.indexOf('#');
  if (hash >= 0 && hash < question) return { path: target.slice(0, question), query: '' };
  return {
    path: target.slice(0, question),
    query: hash < 0 ? target.slice(question + 1) : target.slice(question + 1, hash),
  };
}
