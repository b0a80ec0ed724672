import type { IntegrationPaths } from '../integrationPaths.js';
import type { IntegrationsApi } from '../IntegrationsApi.js';
import type { CleanupResult } from '../RuleResult.js';
import { sweepPrefix } from '../safety/sweep.js';
import type { RunClients } from './RunClients.js';

/** The APIs a run deletes with, and the paths it lists its prefix at. */
export interface CleanupTarget {
  readonly paths: IntegrationPaths;
  readonly primaryApi: IntegrationsApi;
  readonly otherApi: IntegrationsApi | undefined;
}

/**
 * Deletes everything the run created: the tracked ids, then anything still named with the run
 * prefix (a create whose answer was lost), in each key's account.
 */
export async function cleanUpRun(run: RunClients, target: CleanupTarget): Promise<CleanupResult> {
  let deleted = 0;
  const leftovers: string[] = [];
  for (const { id, account } of run.tracker.live()) {
    const api = account === 'other' ? target.otherApi : target.primaryApi;
    if (!api) continue;
    try {
      if ((await api.delete(id, true)).status === 204) deleted++;
    } catch {
      // The prefix sweep below gets a second chance.
    }
  }
  for (const client of [run.primary, run.other]) {
    if (!client) continue;
    try {
      const swept = await sweepPrefix(client, run.prefix, target.paths);
      deleted += swept.deleted.length;
      leftovers.push(...swept.failed.map((f) => f.name));
    } catch (error) {
      leftovers.push(
        `(${client.account} account not checked: ${run.redactor.text(error instanceof Error ? error.message : String(error))})`,
      );
    }
  }
  return { deleted, leftovers };
}
