import type { RecordedExchange } from './ExchangeLog.js';

/**
 * A shell command that replays one exchange against a target. The key is never written: the
 * command reads it from $AIC_API_KEY (or $AIC_OTHER_API_KEY for the second account).
 */
export function curlOf(exchange: RecordedExchange, baseUrl: string): string {
  const parts = ['curl', '-sS', '-i', '-X', exchange.method, quote(`${baseUrl.replace(/\/+$/, '')}${exchange.path}`)];
  const auth = exchange.requestHeaders.authorization;
  if (auth !== undefined) {
    const variable = exchange.account === 'other' ? '$AIC_OTHER_API_KEY' : '$AIC_API_KEY';
    parts.push('-H', auth === 'Bearer ***' ? `"Authorization: Bearer ${variable}"` : quote(`Authorization: ${auth}`));
  }
  if (exchange.requestBody !== undefined) {
    parts.push('-H', quote('Content-Type: application/json'), '--data-raw', quote(exchange.requestBody));
  }
  return parts.join(' ');
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
