/**
 * Every facade, loaded, and the globals they make: the service registry. Loading this module
 * fills the factory (facades/factory.ts), so facades can hand out one another.
 */
import { emulatedDate } from '../behaviour/clock';
import type { Runtime } from '../state/runtime';
import { EmuConsole, Logger, Session, Utilities } from './base';
import './chartBuilders';
import { Charts } from './charts';
import './conditionalFormat';
import './dataValidation';
import { DriveAdvanced } from './driveApi';
import { DriveApp } from './driveApp';
import './embeddedChart';
import './form';
import { FormApp } from './formApp';
import './formResponse';
import { HtmlService } from './html';
import './items';
import { LockService } from './lock';
import { PropertiesService } from './properties';
import './protection';
import './range';
import './rangeList';
import { ScriptApp } from './scriptApp';
import './sheet';
import { SheetsAdvanced } from './sheetsApi';
import './spreadsheet';
import { SpreadsheetApp } from './spreadsheetApp';
import './ui';
import { checkProvided } from './factory';

checkProvided();

export { make, modelOf } from './factory';
export type { DriveAdvanced, SheetsAdvanced };

export interface ServiceDefinition {
  /** The global name, e.g. "FormApp". */
  readonly name: string;
  create(rt: Runtime): unknown;
}

const registry: ServiceDefinition[] = [
  { name: 'SpreadsheetApp', create: (rt) => new SpreadsheetApp(rt) },
  { name: 'HtmlService', create: (rt) => new HtmlService(rt) },
  { name: 'PropertiesService', create: (rt) => new PropertiesService(rt) },
  { name: 'LockService', create: (rt) => new LockService(rt) },
  { name: 'Session', create: (rt) => new Session(rt) },
  { name: 'Logger', create: (rt) => new Logger(rt) },
  { name: 'Utilities', create: (rt) => new Utilities(rt) },
  { name: 'console', create: (rt) => new EmuConsole(rt) },
  { name: 'FormApp', create: (rt) => new FormApp(rt) },
  { name: 'ScriptApp', create: (rt) => new ScriptApp(rt) },
  { name: 'DriveApp', create: (rt) => new DriveApp(rt) },
  { name: 'Charts', create: (rt) => new Charts(rt) },
  { name: 'Sheets', create: (rt) => new SheetsAdvanced(rt) },
  { name: 'Drive', create: (rt) => new DriveAdvanced(rt) },
  // Not a service: the script's clock, which reads the emulated time.
  { name: 'Date', create: (rt) => emulatedDate(rt) },
];

/** Adds (or replaces) a global service for emulators created from now on. */
export function registerService(def: ServiceDefinition): void {
  const i = registry.findIndex((d) => d.name === def.name);
  if (i >= 0) registry.splice(i, 1, def);
  else registry.push(def);
}

/** The globals of one emulator, one object per service. */
export const createGlobals = (rt: Runtime): Record<string, unknown> =>
  Object.fromEntries(registry.map((d) => [d.name, d.create(rt)]));
