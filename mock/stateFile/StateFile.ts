import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Contract } from '../../spec/index.js';
import { errorCode, errorMessage } from '../config/errorDetails.js';
import { MockConfigError } from '../config/MockConfigError.js';
import type { SourcedDocument } from '../config/startingFixtures.js';
import { isJsonObject, readSnapshotDocument, snapshotDocument, type StoreSnapshot } from '../core/index.js';

/** How long after a change the file is written: a burst of changes is one write. */
export const STATE_FILE_DEBOUNCE_MS = 200;

/** What a state file gives back at start: the accounts and the fixtures reset returns to. */
export interface SavedState {
  readonly snapshot: StoreSnapshot;
  readonly fixtures: SourcedDocument;
}

/**
 * The mock's accounts kept in one JSON file on this machine (`--state-file`), for a mock without
 * Redis that must survive a restart. Read once at start; written on change (at most once per
 * STATE_FILE_DEBOUNCE_MS) and on close, always whole to a temporary file beside it that is then
 * renamed over it, so the file is at every moment either the old state or the new one. A file that
 * is not this mock's saved state is refused at start and never overwritten.
 */
export class StateFile {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly edition: string,
    private readonly current: () => { readonly snapshot: StoreSnapshot; readonly fixtures: SourcedDocument },
    private readonly onError: (message: string) => void,
  ) {}

  /**
   * The state saved in `path`, or undefined when there is no such file yet. A file that cannot be
   * read, is not JSON, or is not a saved state of this mock in this edition is a MockConfigError.
   */
  static async read(path: string, contract: Contract): Promise<SavedState | undefined> {
    const source = `--state-file ${path}`;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw new MockConfigError(source, [`cannot be read: ${errorCode(error) ?? String(error)}`]);
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw new MockConfigError(source, [
        `is not valid JSON (${errorMessage(error)}); it was left as it is: move it away or pass another path`,
      ]);
    }
    const read = readSnapshotDocument(document, contract.edition, contract.schemaValidator('AiIntegration'));
    if ('problems' in read)
      throw new MockConfigError(source, [...read.problems, 'it was left as it is: move it away or pass another path']);
    const fixtures = isJsonObject(document) && isJsonObject(document.fixtures) ? document.fixtures : {};
    if (typeof fixtures.source !== 'string' || typeof fixtures.document !== 'object' || fixtures.document === null) {
      throw new MockConfigError(source, ['has no "fixtures" {source, document} to reset to; it was left as it is']);
    }
    return { snapshot: read, fixtures: { source: fixtures.source, document: fixtures.document } };
  }

  /** A file kept in step with `current`; call `changed()` after each change and `close()` at exit. */
  static keep(
    path: string,
    contract: Contract,
    current: () => SavedState,
    onError: (message: string) => void,
  ): StateFile {
    return new StateFile(path, contract.edition, current, onError);
  }

  /** Schedules a write (debounced). */
  changed(): void {
    this.dirty = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, STATE_FILE_DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Writes now if anything changed since the last write, after any write under way. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await this.write();
      } catch (error) {
        this.dirty = true;
        this.onError(`aic mock: the state file ${this.path} could not be written: ${errorMessage(error)}`);
      }
    });
    return this.writing;
  }

  /** The last write, then no more. */
  async close(): Promise<void> {
    await this.flush();
  }

  /** Writes the whole state now, at start: a path that cannot be written is a MockConfigError. */
  async writeNow(): Promise<void> {
    try {
      await this.write();
    } catch (error) {
      throw new MockConfigError(`--state-file ${this.path}`, [
        `cannot be written: ${errorCode(error) ?? errorMessage(error)}`,
      ]);
    }
  }

  private async write(): Promise<void> {
    const { snapshot, fixtures } = this.current();
    const text = `${JSON.stringify({ ...snapshotDocument(snapshot, this.edition), fixtures })}\n`;
    const temporary = join(
      dirname(this.path),
      `.${basename(this.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    try {
      await writeFile(temporary, text, { mode: 0o600 });
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
