import type { Edition, PreparedContract } from '../../spec/portable.js';

/** The snapshots by the edition each speaks (see embeddedContracts.js). */
export declare const embeddedContracts: Readonly<Record<Edition, PreparedContract>>;
