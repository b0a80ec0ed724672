/** `1 rule`, `2 rules`, `0 errors`; `plural(1, 'retry', 'retries')` for irregular forms. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
