/** What conformance/combinations offers: the combinations the contract names, and what a rule or a run exercised of them (its coverage). */
export { combination, COMBINATION_KINDS, KIND_LABELS, type Combination, type CombinationKind } from './Combination.js';
export {
  namedCombinations,
  awkwardCombinations,
  invalidCombination,
  invalidCombinations,
  nullCombinations,
  nullCombination,
  collectionFields,
  boundaryCombinations,
  boundaryCombination,
  boundaryOf,
  listCombinations,
  distinctItemsAvailable,
  type Boundary,
  type CollectionField,
  type ListCase,
  type NamedCombinations,
  type Unreachable,
} from './combinations.js';
export { RuleCoverage, type RuleCoverageReport, type Exercised } from './RuleCoverage.js';
export { runCoverage, type RunCoverage, type CoveredCombination } from './runCoverage.js';
export { nameFilterTraps, type NameFilterTrap } from './nameFilterTraps.js';
