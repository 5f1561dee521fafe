/**
 * The value a record holds under a key as its own property, or undefined. Keys come from files and
 * flags: `constructor` or `toString` must not find what every object inherits from Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
