/**
 * Builds the grouped API object (`api.catalog.item(input)`) from the method list, over any
 * transport. Used by the Electron preload and by the renderer's HTTP client alike.
 */
import { METHOD_NAMES, type MethodName } from './method-names.js';
import type { MethodInput, MethodOutput } from './methods.js';
import type { Result } from './result.js';

type Group<N extends string> = N extends `${infer G}.${string}` ? G : never;
type Leaf<N extends string, G extends string> = N extends `${G}.${infer L}` ? L : never;

/** `{ catalog: { item(input): Promise<Result<ServiceItem>> }, ... }` */
export type KioskApi = {
  [G in Group<MethodName>]: {
    [L in Leaf<MethodName, G>]: `${G}.${L}` extends infer M extends MethodName
      ? (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
      : never;
  };
};

export type Invoke = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export function buildApi(invoke: Invoke): KioskApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of METHOD_NAMES) {
    const [group, leaf] = name.split('.') as [string, string];
    api[group] ??= {};
    api[group][leaf] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as KioskApi;
}
