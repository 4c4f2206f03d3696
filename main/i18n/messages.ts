/**
 * main's own messages (validation, the import report, refusals) in both languages of the UI.
 * Each capability keeps its messages beside its code in a `messages.ts`, every message in
 * Vietnamese and English side by side, and says one with `say`. Browser-safe (zod only): the
 * contracts that the renderer imports build their field messages from here.
 *
 * The language is the window's: the renderer tells main its choice at start and on every
 * change (i18n.setLanguage). There is one window, so one current language is enough; the CLI
 * never sets it and speaks Vietnamese. Printed documents and exports stay Vietnamese whatever
 * the UI language: they are the branch's papers, not the program's talk. In the renderer's
 * own bundle (which imports some of main's rules) nothing sets it: use the result of a rule
 * there, never its wording.
 */

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One message in each language; `{{name}}` marks a parameter, the same in both. */
export type Message = Readonly<Record<Language, string>>;

/** The parameter names a message text uses: "Cột {{column}} có {{count}} ô" → "column" | "count". */
type ParamsOf<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | ParamsOf<Rest> : never;

type Params<M extends Message> = [ParamsOf<M['vi']>] extends [never]
  ? []
  : [params: Record<ParamsOf<M['vi']>, string | number>];

let current: Language = 'vi';

/** Keeps the literal texts, so that `say` knows each message's parameters. */
export function messages<const T extends Record<string, Message>>(catalogue: T): T {
  return catalogue;
}

/** The message in the UI's language, its parameters filled in. */
export function say<M extends Message>(message: M, ...[params]: Params<M>): string {
  const text = message[current];
  if (!params) return text;
  const values = params as Record<string, string | number>;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A catalogue of words in one language: documents take the Vietnamese, the renderer both. */
export function inLanguage<K extends string>(catalogue: Record<K, Message>, language: Language): Record<K, string> {
  return Object.fromEntries(
    Object.entries<Message>(catalogue).map(([key, message]) => [key, message[language]]),
  ) as Record<K, string>;
}

export function messageLanguage(): Language {
  return current;
}

export function setMessageLanguage(language: Language): void {
  current = language;
}
