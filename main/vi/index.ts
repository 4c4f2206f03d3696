export * from './text';
export * from './names';
export * from './money';
export * from './dates';
