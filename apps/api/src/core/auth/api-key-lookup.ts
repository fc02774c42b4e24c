import type { ApiKeyCaller } from './caller';

/** Resolves an API key's secret hash to its caller (active keys only); provided by the api-keys module. */
export abstract class ApiKeyLookup {
  abstract findCaller(secretHash: string): Promise<ApiKeyCaller | null>;
}
