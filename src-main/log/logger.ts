/**
 * The kiosk's logger: pino writing JSON lines to a file in the data folder, with every
 * field that may hold personal data redacted at any depth we use. Code must still never
 * put personal data in a message string; the e2e suite scans every log line for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { rotatingFile } from './rotating-file.js';
import { stackFrames } from './stack-frames.js';

/** The subset of pino's API the core uses, so modules can take a fake in unit tests. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** Keys that may hold personal data (ID number, name, address, photo, phone) anywhere in a log object. */
export const PERSONAL_KEYS = [
  'idNumber',
  'name',
  'address',
  'photo',
  'phone',
  'mobile',
  'birthDate',
  'englishName',
  'chineseName',
  'passNumber',
  'payload',
  'fields',
  'card',
  'text',
] as const;

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of PERSONAL_KEYS) {
    paths.push(key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`);
  }
  return paths;
}

/**
 * The `err` field as the code wrote it. pino's own serializer takes any object with a string `message`
 * for an error and renames its `type` to the object's constructor ("Object"): the error's kind was lost.
 * An Error itself keeps only its type and stack frames, since its message may quote what was typed.
 */
export function errField(value: unknown): unknown {
  if (value instanceof Error) return { type: value.name, frames: stackFrames(value) };
  return value;
}

export function createLogger(options: { file?: string; level?: string } = {}): Logger {
  const level = options.level ?? process.env['KIOSK_LOG_LEVEL'] ?? 'info';
  const settings = {
    level,
    redact: { paths: redactPaths(), censor: '[已隐去]' },
    serializers: { err: errField },
  };
  if (!options.file) return pino(settings, pino.destination({ fd: 2, sync: true }));
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  return pino(settings, rotatingFile({ file: options.file }));
}

/** A logger that drops everything: for unit tests and CLI paths that must stay quiet. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
