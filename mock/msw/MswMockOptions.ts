import type { Edition } from '../../spec/portable.js';
import type { FixturesDocument } from '../config/FixturesDocument.js';
import type { KeysDocument } from '../config/KeysDocument.js';
import type { MockLogger } from '../MockLogger.js';

/** Options of createHandlers: those of `aic mock` that make sense without a server. */
export interface MswMockOptions {
  /**
   * Where the API is called: requests under this URL are the mock's, and nothing else is. Default
   * `https://api.arize.com`, where Arize's SDK calls when it is not configured. A path is a prefix
   * (`http://localhost:5173/api` answers `/api/v2/ai-integrations`); in a browser a relative one
   * (`/api`) is read against the page's location.
   */
  readonly baseUrl?: string;
  /**
   * Accounts and integrations to start from, and what `reset()` returns to. Default: the built-in
   * demo (account token `aic-demo-token`, see DEMO_TOKEN); `null` starts empty. Integrations are
   * create bodies, in either edition's spelling (mock/README.md, "Fixtures").
   */
  readonly fixtures?: FixturesDocument | null;
  /**
   * A closed set of API keys, `read-only` ones getting 403 on writes (mock/README.md, "Accounts").
   * Default: every bearer token is an account of its own, so tests never see each other's data.
   */
  readonly keys?: KeysDocument;
  /** The public edition to answer in: `camel` (`openAI`; the default) or `upper` (`OPEN_AI`, Arize's SDK). */
  readonly edition?: Edition;
  /** Delay before each API answer, in milliseconds: fixed, or uniform in `[min, max]`. Default none. */
  readonly latency?: number | readonly [number, number];
  /** Requests per second per API key beyond which the mock answers 429 with Retry-After. Default none. */
  readonly rateLimitPerSecond?: number;
  /** Where a failure of the mock itself is reported (a 500 problem's cause). Default: console.error. */
  readonly logger?: Pick<MockLogger, 'error'>;
  /** The clock (ms since the epoch), for tests. */
  readonly now?: () => number;
}
