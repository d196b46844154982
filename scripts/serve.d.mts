// Types for serve.mjs, which stays JavaScript so `npm start` needs nothing but node and vite.
export function portFrom(value: string | undefined): { port: number } | { error: string };
export function portIsFree(port: number, host?: string): Promise<boolean>;
export function busyMessage(port: number): string;
