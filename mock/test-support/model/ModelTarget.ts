/** One reply as the model test sees it, from the store directly or over HTTP. */
export interface ApiReply {
  readonly status: number;
  readonly body: any;
}

export type AccountName = 'A' | 'B';

/** The five operations, with the same meaning whichever way they reach the mock. */
export interface ModelTarget {
  create(account: AccountName, body: unknown): Promise<ApiReply>;
  get(account: AccountName, id: string): Promise<ApiReply>;
  update(account: AccountName, id: string, body: unknown): Promise<ApiReply>;
  remove(account: AccountName, id: string): Promise<ApiReply>;
  list(account: AccountName, query: { limit: number; cursor?: string; name?: string }): Promise<ApiReply>;
}
