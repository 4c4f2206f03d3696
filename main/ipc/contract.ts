/**
 * The one IPC contract: every channel the renderer may call, with its zod input and output.
 * Each capability declares its own slice beside its service; this file only joins them.
 * Browser-safe (zod only): the preload's build takes the channel names from it and the renderer
 * takes its types from it.
 */
import type { z } from 'zod';
import type { Envelope } from './errors';
import { workspaceContract } from '../workspace/contract';
import { settingsContract } from '../settings/contract';
import { membersContract } from '../members/contract';
import { jobsContract } from '../jobs/contract';
import { memberImportContract } from '../members/import/contract';
import { memberExportContract } from '../members/export/contract';
import { memberPrintContract } from '../members/print/contract';
import { rulesContract } from '../rules/contract';
import { i18nContract } from '../i18n/contract';

export const contract = {
  ...workspaceContract,
  ...settingsContract,
  ...membersContract,
  ...jobsContract,
  ...memberImportContract,
  ...memberExportContract,
  ...memberPrintContract,
  ...rulesContract,
  ...i18nContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What the handler receives: the input after validation and NFC transforms. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

type AreaOf<C> = C extends `${infer A}.${string}` ? A : never;
type Area = AreaOf<Channel>;

type ApiShape<Result extends 'value' | 'envelope'> = {
  [A in Area]: {
    [C in Channel as C extends `${A}.${infer V}` ? V : never]: (
      input: InputOf<C>,
    ) => Promise<Result extends 'envelope' ? Envelope<OutputOf<C>> : OutputOf<C>>;
  };
};

/** `api.<area>.<verb>(input)`, derived from the channel names `area.verb`; throws ApiError. */
export type Api = ApiShape<'value'>;

/**
 * What the preload exposes as `window.api`: the same calls, resolving to an Envelope. Errors
 * thrown across Electron's contextBridge lose every property but the message, so failures
 * cross it as data and the renderer turns them into ApiError on its side.
 */
export type BridgeApi = ApiShape<'envelope'>;
