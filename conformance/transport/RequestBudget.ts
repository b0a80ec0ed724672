import { TargetError } from './TargetError.js';

/** The most requests a run may send. Clean-up requests are counted but never refused. */
export class RequestBudget {
  private used = 0;

  constructor(readonly limit: number = Infinity) {
    if (!(limit > 0)) throw new RangeError(`the request budget must be positive, got ${limit}`);
  }

  take(request: string, cleanup: boolean): void {
    if (!cleanup && this.used >= this.limit) {
      throw new TargetError(
        'budget-exhausted',
        `the request budget of ${this.limit} ${this.limit === 1 ? 'request' : 'requests'} is spent (raise --max-requests)`,
        request,
      );
    }
    this.used++;
  }

  get spent(): number {
    return this.used;
  }
}
