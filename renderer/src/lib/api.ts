/**
 * The renderer's only way to the data: typed wrappers over `window.api` (built by the preload
 * from the IPC contract) for TanStack Query, with failures shown the same way everywhere.
 */
import {
  useMutation,
  useQuery,
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BridgeApi, Channel, InputOf, OutputOf } from '../../../main/ipc/contract';
import { ApiError, unwrap, type Envelope } from '../../../main/ipc/errors';
import i18n from '../i18n';

declare global {
  interface Window {
    api: BridgeApi;
  }
}

type Method = (input: unknown) => Promise<Envelope<unknown>>;

/** Channels without input (z.void()) may be called without an argument. */
type InputArgs<C extends Channel, Rest extends unknown[] = []> =
  undefined extends InputOf<C>
    ? [input?: InputOf<C>, ...rest: Partial<Rest>]
    : [input: InputOf<C>, ...rest: Partial<Rest>];

/**
 * The failure as an ApiError whatever its origin: failed calls arrive as Envelopes (unwrapped
 * into ApiError), but the transport itself can still reject with a plain Error, and an ApiError
 * from another bundle fails `instanceof` — so read it by shape.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const shape = (typeof err === 'object' && err !== null ? err : {}) as Partial<ApiError>;
  const message = typeof shape.message === 'string' && shape.message ? shape.message : String(err);
  return new ApiError({
    code: shape.code ?? 'INTERNAL',
    message,
    ...(typeof shape.field === 'string' ? { field: shape.field } : {}),
    ...(Array.isArray(shape.issues) ? { issues: shape.issues } : {}),
  });
}

export async function callApi<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const [area, verb] = channel.split('.') as [string, string];
  const method = (window.api as unknown as Record<string, Record<string, Method> | undefined>)[area]?.[verb];
  if (!method) throw new ApiError({ code: 'INTERNAL', message: i18n.t('errors.missingChannel', { channel }) });
  try {
    return unwrap(await method(input)) as OutputOf<C>;
  } catch (err) {
    throw toApiError(err);
  }
}

/** One cache entry per channel and input, so `[channel]` invalidates every input of it. */
export function apiKey<C extends Channel>(channel: C, input?: InputOf<C>): QueryKey {
  return input === undefined ? [channel] : [channel, input];
}

type QueryOptions<C extends Channel> = Omit<UseQueryOptions<OutputOf<C>, ApiError>, 'queryKey' | 'queryFn'>;

export function useApiQuery<C extends Channel>(channel: C, ...[input, options]: InputArgs<C, [QueryOptions<C>]>) {
  return useQuery<OutputOf<C>, ApiError>({
    queryKey: apiKey(channel, input),
    queryFn: () => callApi(channel, input),
    ...options,
  });
}

interface MutationOptions<C extends Channel> extends Omit<
  UseMutationOptions<OutputOf<C>, ApiError, InputOf<C>>,
  'mutationFn' | 'onError'
> {
  /** Validation errors of fields this form has are shown at those fields instead of a popup. */
  form?: FormInstance;
}

export function useApiMutation<C extends Channel>(channel: C, { form, ...options }: MutationOptions<C> = {}) {
  const showError = useShowError();
  return useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => callApi(channel, input),
    onError: (error) => {
      if (!form || !showFieldErrors(form, error)) showError(error);
    },
    ...options,
  });
}

/** A failure the chair must read: a notification that stays until closed. */
export function useShowError(): (error: ApiError) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return (error) =>
    notification.error({
      title: t('errors.title'),
      description: error.message || t('errors.unknown'),
      duration: 0,
      placement: 'topRight',
    });
}

const toNamePath = (field: string): (string | number)[] =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts the server's messages under the fields they belong to and focuses the first
 * one. False when none of the fields is on this form (then the caller shows a popup).
 */
export function showFieldErrors(form: FormInstance, error: ApiError): boolean {
  const byField = new Map<string, string[]>();
  for (const issue of error.issues) {
    if (form.getFieldInstance(toNamePath(issue.field)) === undefined) continue;
    byField.set(issue.field, [...(byField.get(issue.field) ?? []), issue.message]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([field, errors]) => ({ name: toNamePath(field), errors })));
  const [first] = byField.keys();
  if (first !== undefined) form.focusField(toNamePath(first));
  return true;
}
