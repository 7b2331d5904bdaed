export * from './schema';
export * from './storage';
