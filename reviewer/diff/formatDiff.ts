import type { SpecChange, SpecDiff } from './SpecChange.js';

/** The four groups a change falls in, worst first; each change is in exactly one. */
const GROUPS = [
  {
    title: 'Breaking for clients and servers',
    test: (c: SpecChange) => c.clients === 'breaking' && c.servers === 'breaking',
  },
  { title: 'Breaking for clients', test: (c: SpecChange) => c.clients === 'breaking' && c.servers === 'compatible' },
  { title: 'Breaking for servers', test: (c: SpecChange) => c.clients === 'compatible' && c.servers === 'breaking' },
  { title: 'Compatible', test: (c: SpecChange) => c.clients === 'compatible' && c.servers === 'compatible' },
] as const;

const LEGEND =
  'Clients: a client written against OLD, talking to a server of NEW. Servers: a server built to OLD, checked by the conformance kit of NEW.';

export interface DiffSummary {
  readonly breakingForClients: number;
  readonly breakingForServers: number;
  readonly compatible: number;
}

export function summarize(diff: SpecDiff): DiffSummary {
  return {
    breakingForClients: diff.changes.filter((c) => c.clients === 'breaking').length,
    breakingForServers: diff.changes.filter((c) => c.servers === 'breaking').length,
    compatible: diff.changes.filter((c) => c.clients === 'compatible' && c.servers === 'compatible').length,
  };
}

/** For people, on a terminal. */
export function diffAsText(diff: SpecDiff): string {
  const summary = summarize(diff);
  const out = [`Changes from ${diff.old} to ${diff.new}`, LEGEND, '', summaryLine(summary)];
  if (diff.changes.length === 0)
    return [...out, '', 'No change to the schemas, the contract rules or the editions.', ''].join('\n');
  for (const group of GROUPS) {
    const changes = diff.changes.filter(group.test);
    if (changes.length === 0) continue;
    out.push('', `${group.title} (${changes.length})`);
    for (const change of changes)
      out.push(`  - [${change.kind}] ${change.where}: ${change.change}`, `      ${change.why}`);
  }
  out.push('');
  return out.join('\n');
}

/** To paste into a pull request. */
export function diffAsMarkdown(diff: SpecDiff): string {
  const out = [
    `### Contract changes: \`${diff.old}\` → \`${diff.new}\``,
    '',
    `_${LEGEND}_`,
    '',
    summaryLine(summarize(diff)),
  ];
  if (diff.changes.length === 0)
    return [...out, '', 'No change to the schemas, the contract rules or the editions.', ''].join('\n');
  for (const group of GROUPS) {
    const changes = diff.changes.filter(group.test);
    if (changes.length === 0) continue;
    out.push('', `#### ${group.title} (${changes.length})`, '', '| kind | where | change | why |', '|---|---|---|---|');
    for (const change of changes)
      out.push(`| ${change.kind} | ${cell(change.where)} | ${cell(change.change)} | ${cell(change.why)} |`);
  }
  out.push('');
  return out.join('\n');
}

export function diffAsJson(diff: SpecDiff): string {
  return JSON.stringify({ old: diff.old, new: diff.new, summary: summarize(diff), changes: diff.changes }, null, 2);
}

function summaryLine(summary: DiffSummary): string {
  return `Breaking for clients: ${summary.breakingForClients}. Breaking for servers: ${summary.breakingForServers}. Compatible: ${summary.compatible}.`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
