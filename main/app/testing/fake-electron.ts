/**
 * A fake `electron` module for the main/app tests (the binary is absent on build machines, and
 * the real module would only throw). It holds just what main/app calls, records every call, and
 * keeps the ordering rules real Electron enforces, so a wiring mistake fails here as it would
 * in the app: privileged schemes only before ready, protocol handlers and windows only after,
 * one ipcMain handler per channel.
 *
 *   vi.mock('electron', async () => (await import('./testing/fake-electron')).fakeElectron);
 *
 * The mocked module's exports are bound once, so tests call resetFakeElectron() instead of
 * building a new fake.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { vi } from 'vitest';

/** The part of Electron's event objects main/app relies on. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: HandlerDetails) => WindowOpenHandlerResponse) => {
    this.windowOpenHandler = handler;
  });

  /** Emits `name` with a fresh event and tells whether a listener prevented it. */
  prevented(name: string, ...args: unknown[]): boolean {
    const event = fakeEvent();
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** What requestSingleInstanceLock answers. */
  lock = true;
  isReady = false;
  readonly paths = new Map<string, string>();
  #resolveReady: () => void = () => {};
  #ready = this.#newReady();

  readonly requestSingleInstanceLock = vi.fn(() => this.lock);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly whenReady = vi.fn(() => this.#ready);
  readonly getVersion = vi.fn(() => '0.0.0-test');
  readonly setPath = vi.fn((name: string, value: string) => void this.paths.set(name, value));
  readonly getPath = vi.fn((name: string) => {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`fake electron: app.getPath('${name}') was not set by the test`);
    return value;
  });

  /** Resolves whenReady(), as Electron does once Chromium has started. */
  becomeReady(): void {
    this.isReady = true;
    this.#resolveReady();
  }

  /** Emits will-quit like app.quit() does; true if a listener held the quit back. */
  willQuit(): boolean {
    const event = fakeEvent();
    this.emit('will-quit', event);
    return event.defaultPrevented;
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.lock = true;
    this.isReady = false;
    this.paths.clear();
    this.#ready = this.#newReady();
  }

  #newReady(): Promise<void> {
    return new Promise<void>((resolve) => (this.#resolveReady = resolve));
  }
}

const app = new FakeApp();

class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly setMenuBarVisibility = vi.fn();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    if (!app.isReady) throw new Error('fake electron: cannot create BrowserWindow before app is ready');
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  /** What ipcRenderer.invoke(channel, input) from `senderFrame` would get back. */
  invoke(channel: string, input: unknown, senderFrame: unknown): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame }, input);
  },
};

type SchemeHandler = (request: Request) => Promise<Response>;

const protocol = {
  handlers: new Map<string, SchemeHandler>(),
  registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => {
    if (app.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
  }),
  handle: vi.fn((scheme: string, handler: SchemeHandler) => {
    if (!app.isReady) throw new Error('fake electron: protocol.handle before app is ready');
    protocol.handlers.set(scheme, handler);
  }),
};

/** Electron's net.fetch reads file:// URLs; Node's fetch does not, so read the file here. */
const net = {
  fetch: vi.fn(async (url: string) => new Response(await fs.readFile(fileURLToPath(url)), { status: 200 })),
};

type PermissionHandler = (
  contents: unknown,
  permission: string,
  grant: (allowed: boolean) => void,
  details: { requestingUrl: string },
) => void;

const session = {
  defaultSession: {
    permissionRequestHandler: undefined as PermissionHandler | undefined,
    setPermissionRequestHandler: vi.fn((handler: PermissionHandler) => {
      session.defaultSession.permissionRequestHandler = handler;
    }),
  },
};

const dialog = {
  showErrorBox: vi.fn((_title: string, _content: string) => {}),
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
};

const Menu = { setApplicationMenu: vi.fn() };

export const fakeElectron = { app, BrowserWindow: FakeBrowserWindow, ipcMain, protocol, net, session, dialog, Menu };

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.reset();
  FakeBrowserWindow.instances = [];
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  session.defaultSession.permissionRequestHandler = undefined;
}
