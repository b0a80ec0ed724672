/** Every rule of the kit, in the order they run (response-conformance last: it judges the whole run). */
import type { Rule } from '../Rule.js';
import { apiKey } from './apiKey.js';
import { authAndIsolation } from './authAndIsolation.js';
import { beyondOnePage } from './beyondOnePage.js';
import { concurrentRequests } from './concurrentRequests.js';
import { awkwardText } from './awkwardText.js';
import { clientRequests } from './clientRequests.js';
import { create } from './create.js';
import { immutableAndTimestamps } from './immutableAndTimestamps.js';
import { listAndPagination } from './listAndPagination.js';
import { malformedId } from './malformedId.js';
import { modelBased } from './modelBased.js';
import { nonEmpty } from './nonEmpty.js';
import { nullClears } from './nullClears.js';
import { omittedUnchanged } from './omittedUnchanged.js';
import { providerConsistency } from './providerConsistency.js';
import { readBack } from './readBack.js';
import { rejectionIsAtomic } from './rejectionIsAtomic.js';
import { replaceAll } from './replaceAll.js';
import { responseConformance } from './responseConformance.js';
import { uniqueness } from './uniqueness.js';

export const allRules: readonly Rule[] = [
  nonEmpty,
  omittedUnchanged,
  uniqueness,
  apiKey,
  nullClears,
  replaceAll,
  rejectionIsAtomic,
  providerConsistency,
  immutableAndTimestamps,
  readBack,
  awkwardText,
  authAndIsolation,
  create,
  listAndPagination,
  concurrentRequests,
  beyondOnePage,
  malformedId,
  clientRequests,
  modelBased,
  responseConformance,
];
