import type { Fix, JsonValue } from '../../types';

/** How a one-operation fix is offered: reviewed one by one unless `safe`; `isPreferred` only where a rule says so. */
export interface FixOptions {
  readonly safe?: boolean;
  readonly isPreferred?: boolean;
}

/** A fix that sets one value, the shape most rule fixes have ("Set Allocation to N/A"); unsafe unless told. */
export function replaceFix(title: string, path: string, value: JsonValue, options: FixOptions = {}): Fix {
  return {
    title,
    safe: options.safe ?? false,
    ...(options.isPreferred === undefined ? {} : { isPreferred: options.isPreferred }),
    operations: [{ op: 'replace', path, value }],
  };
}

/** A fix that removes one value ("Remove the repeated role"); unsafe unless told. */
export function removeFix(title: string, path: string, options: FixOptions = {}): Fix {
  return { title, safe: options.safe ?? false, operations: [{ op: 'remove', path }] };
}

/** A fix that appends `value` to the list at `path`, writing the list when it has no entries yet. */
export function appendFix(
  title: string,
  path: string,
  entries: number,
  value: JsonValue,
  options: FixOptions = {},
): Fix {
  const operation = entries > 0 ? { path: `${path}/-`, value } : { path, value: [value] };
  return { title, safe: options.safe ?? false, operations: [{ op: 'add', ...operation }] };
}
