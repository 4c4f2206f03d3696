/**
 * The one IPC contract: every channel the renderer may call, with its zod input and output.
 * Each capability declares its own slice beside its service; this file only joins them.
 * Browser-safe (zod only): the preload builds `window.api` from it and the renderer takes its
 * types from it.
 */
import type { z } from 'zod';
import { workspaceContract } from '../workspace/contract';
import { settingsContract } from '../settings/contract';
import { membersContract } from '../members/contract';
import { jobsContract } from '../jobs/contract';

export const contract = {
  ...workspaceContract,
  ...settingsContract,
  ...membersContract,
  ...jobsContract,
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

/** `window.api.<area>.<verb>(input)`, derived from the channel names `area.verb`. */
export type Api = {
  [A in Area]: {
    [C in Channel as C extends `${A}.${infer V}` ? V : never]: (input: InputOf<C>) => Promise<OutputOf<C>>;
  };
};

/** The Electron IPC channel for a contract channel; prefixed so nothing else collides. */
export const ipcChannelName = (channel: Channel): string => `scd:${channel}`;
