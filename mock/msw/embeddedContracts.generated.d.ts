// Generated from spec/openapi.yaml by `npm run generate` (mock/msw/codegen): do not edit.
import type { Edition, PreparedContract } from '../../spec/portable.js';

/** The edition served when none is asked for. */
export declare const embeddedDefaultEdition: Edition;

/** The spec in each edition, validated and dereferenced, by the edition it speaks. */
export declare const embeddedContracts: Readonly<Record<Edition, PreparedContract>>;
