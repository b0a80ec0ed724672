import type { Account, RecordedExchange } from './ExchangeLog.js';

/**
 * A shell command that replays one exchange against a target. The key is never written: the
 * command reads it from $AIC_API_KEY (or $AIC_OTHER_API_KEY for the second account).
 */
export function curlOf(exchange: RecordedExchange, baseUrl: string): string {
  const parts = ['curl', '-sS', '-i', '-X', exchange.method, quote(`${baseUrl.replace(/\/+$/, '')}${exchange.path}`)];
  const auth = exchange.requestHeaders.authorization;
  if (auth !== undefined) {
    const variable = exchange.account === 'other' ? '$AIC_OTHER_API_KEY' : '$AIC_API_KEY';
    parts.push('-H', auth === 'Bearer ***' ? `"Authorization: Bearer ${variable}"` : quote(`Authorization: ${auth}`));
  }
  if (exchange.requestBody !== undefined) {
    parts.push('-H', quote('Content-Type: application/json'), '--data-raw', quote(exchange.requestBody));
  }
  return parts.join(' ');
}

/** The variable holding each account's key in a reproduction (the anonymous client sends none of the kit's). */
const KEY_VARIABLE: Readonly<Record<Account, string | undefined>> = {
  primary: 'AIC_API_KEY',
  other: 'AIC_OTHER_API_KEY',
  anonymous: undefined,
};

/**
 * Prints the answer's JSON `id`, URL-encoded as the kit puts it in a path, or nothing. Node rather
 * than jq (often not installed) or sed (which would have to guess at JSON escapes and key order):
 * whoever runs the kit has node.
 */
const ID_OF_BODY =
  `node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{try{const id=JSON.parse(s).id;` +
  `if(typeof id==="string")process.stdout.write(encodeURIComponent(id))}catch{}})'`;

/**
 * The exchanges of a failure as a bash script that runs as printed against any target: the target
 * and keys from AIC_TARGET, AIC_API_KEY (AIC_OTHER_API_KEY), never written; each create's id caught
 * from its answer into $ID1, $ID2, … and used by the requests after it; the run's name prefix
 * replaced by a fresh one per replay (same length), so a second replay meets no name taken; and
 * what it created deleted at the end, also when a step fails or on Ctrl-C. Each step prints its
 * status beside the one the failing run met, and the answer's body. One line per entry.
 */
export function reproductionScript(exchanges: readonly RecordedExchange[], prefix: string): string[] {
  if (exchanges.length === 0) return [];
  const runId = prefix.replace(/^aic-conform-/, '').replace(/-$/, '');
  const accounts = new Set(exchanges.map((e) => KEY_VARIABLE[e.account]).filter((v) => v !== undefined));
  const lines = [
    '#!/usr/bin/env bash',
    '# Replays the requests of this failure; deletes what it created when it ends.',
    'set -u',
    ...[...accounts].map((v) => `: "\${${v}:?set ${v} to the key of the account}"`),
    `: "\${AIC_TARGET:?set AIC_TARGET to the base URL of the target}"`,
    `T="\${AIC_TARGET%/}"`,
    `R=$(node -e 'process.stdout.write((Date.now().toString(36)+require("crypto").randomBytes(8).toString("hex")).slice(0,${runId.length}))')`,
    `RU=$(printf '%s' "$R" | tr a-z A-Z)`,
    'CREATED=()',
    `cleanup() { for c in \${CREATED[@]+"\${CREATED[@]}"}; do k=\${c%% *}; curl -sS -o /dev/null -X DELETE "$T\${c#* }" -H "Authorization: Bearer \${!k}"; done; }`,
    "trap cleanup EXIT; trap 'exit 130' INT TERM",
    `step() { local was=$1 method=$2 path=$3 out; shift 3; out=$(curl -sS -w '\\n%{http_code}' -X "$method" "$T$path" "$@"); STATUS=\${out##*$'\\n'}; BODY=\${out%$'\\n'*}; printf '%s %s → %s (the failing run: %s)\\n%s\\n' "$method" "$path" "$STATUS" "$was" "$BODY"; }`,
  ];
  // Text of the failing run → the shell expression that stands for it in the replay.
  const swaps: Array<[string, string]> = [
    [runId, '$R'],
    [runId.toUpperCase(), '$RU'],
  ];
  let created = 0;
  for (const e of exchanges) {
    const args = [String(e.status), e.method, word(e.path, swaps)];
    const variable = KEY_VARIABLE[e.account];
    const auth = e.requestHeaders.authorization ?? (variable === undefined ? undefined : 'Bearer ***');
    if (auth === 'Bearer ***' && variable !== undefined) args.push('-H', `"Authorization: Bearer $${variable}"`);
    else if (auth !== undefined) args.push('-H', word(`Authorization: ${auth}`, []));
    const headers = Object.entries(e.requestHeaders).filter(([name]) => name !== 'authorization');
    if (headers.length === 0 && e.requestBody !== undefined) headers.push(['content-type', 'application/json']);
    for (const [name, value] of headers) args.push('-H', word(`${name}: ${value}`, []));
    if (e.requestBody !== undefined) args.push('--data-raw', word(e.requestBody, swaps));
    lines.push(`step ${args.join(' ')}`);
    const id = createdId(e);
    if (id !== undefined && variable !== undefined) {
      const name = `ID${++created}`;
      lines.push(
        `${name}=$(printf '%s' "$BODY" | ${ID_OF_BODY}); [ -z "$${name}" ] || CREATED+=("${variable} ${pathOnly(e.path)}/$${name}")`,
      );
      swaps.push([encodeURIComponent(id), `\${${name}}`]);
    }
  }
  return lines;
}

/** The id of the integration an exchange created (a 201 to a POST), if any. */
function createdId(e: RecordedExchange): string | undefined {
  if (e.method !== 'POST' || e.status !== 201 || typeof e.body !== 'object' || e.body === null) return undefined;
  const id: unknown = Reflect.get(e.body, 'id');
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function pathOnly(path: string): string {
  return path.split('?')[0] ?? path;
}

/**
 * One shell word for `text` in which each `from` of `swaps` stands for the shell expression `to`:
 * the literal parts single-quoted, the expressions double-quoted, side by side.
 */
function word(text: string, swaps: ReadonlyArray<readonly [string, string]>): string {
  let parts: Array<{ literal: string } | { expression: string }> = [{ literal: text }];
  for (const [from, to] of swaps) {
    if (from === '') continue;
    parts = parts.flatMap((part) =>
      'literal' in part
        ? part.literal
            .split(from)
            .flatMap((piece, i) => [
              ...(i === 0 ? [] : [{ expression: to }]),
              ...(piece === '' ? [] : [{ literal: piece }]),
            ])
        : [part],
    );
  }
  if (parts.length === 0) return "''";
  return parts.map((part) => ('literal' in part ? quote(part.literal) : `"${part.expression}"`)).join('');
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
