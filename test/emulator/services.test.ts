import { createEmulator } from '../../local/emulator';

describe('AuthMode.NONE', () => {
  test('file and document-property access throws; UI and menus work', () => {
    const emu = createEmulator();
    emu.authMode = 'NONE';
    const { SpreadsheetApp, PropertiesService } = emu.globals;
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
    );
    expect(() => SpreadsheetApp.getActive()).toThrow('SpreadsheetApp.getActive');
    expect(() => SpreadsheetApp.getActiveSheet()).toThrow('permission');
    expect(() => PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.globals.Session.getActiveUser().getEmail()).toBe('');
  });

  test('LIMITED reaches the current file but cannot open or create others', () => {
    const emu = createEmulator();
    emu.authMode = 'LIMITED';
    const { SpreadsheetApp } = emu.globals;
    expect(SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Untitled spreadsheet');
    expect(() => SpreadsheetApp.create('x')).toThrow(
      'You do not have permission to call SpreadsheetApp.create.',
    );
    emu.authMode = 'FULL';
    expect(SpreadsheetApp.create('x').getName()).toBe('x');
  });
});

describe('PropertiesService', () => {
  test('stores strings, coerces others, copies on read', () => {
    const emu = createEmulator();
    const props = emu.globals.PropertiesService.getDocumentProperties();
    props.setProperty('n', 5 as unknown as string).setProperties({ a: '1', b: '2' });
    expect(props.getProperty('n')).toBe('5');
    expect(props.getProperty('missing')).toBeNull();
    const all = props.getProperties();
    all.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'n']);
    props.setProperties({ only: 'x' }, true);
    expect(props.getKeys()).toEqual(['only']);
    props.deleteProperty('only');
    expect(emu.properties.document).toEqual({});
    emu.globals.PropertiesService.getUserProperties().setProperty('u', 'v');
    emu.globals.PropertiesService.getScriptProperties().setProperty('s', 'w');
    expect(emu.properties.user).toEqual({ u: 'v' });
    expect(emu.properties.script).toEqual({ s: 'w' });
  });

  test('a value over 9 KB and a store over 500 KB are refused without changing anything', () => {
    const emu = createEmulator();
    const props = emu.globals.PropertiesService.getScriptProperties();
    const quota =
      'You have exceeded the property storage quota. Please remove some properties and try again.';
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(quota);
    expect(props.getProperty('big')).toBeNull();
    const chunk = 'y'.repeat(9000);
    let stored = 0;
    expect(() => {
      for (let i = 0; i < 100; i++) {
        props.setProperty(`k${i}`, chunk);
        stored++;
      }
    }).toThrow(quota);
    expect(stored).toBeGreaterThan(50);
    expect(stored).toBeLessThan(60);
    expect(props.getProperty(`k${stored}`)).toBeNull();
    expect(() => props.setProperties({ a: 'small', b: chunk.repeat(2) })).toThrow(quota);
    expect(props.getProperty('a')).toBeNull();
  });
});

describe('LockService', () => {
  test('free locks are taken, held and released', () => {
    const emu = createEmulator();
    const lock = emu.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(10);
    expect(lock.hasLock()).toBe(true);
  });

  test('a lock held by another execution: tryLock false after waiting, waitLock throws', () => {
    const emu = createEmulator({ now: Date.UTC(2024, 0, 1) });
    emu.holdLock('document');
    const lock = emu.globals.LockService.getDocumentLock();
    const t0 = emu.now().getTime();
    expect(lock.tryLock(5000)).toBe(false);
    expect(emu.now().getTime() - t0).toBe(5000);
    expect(() => lock.waitLock(100)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    // Other kinds are independent.
    expect(emu.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    emu.releaseHeldLock('document');
    expect(lock.tryLock(0)).toBe(true);
  });

  test('a holder that lets go within the timeout is waited for', () => {
    const emu = createEmulator({ now: 0 });
    emu.holdLock('script', { forMs: 3000 });
    const lock = emu.globals.LockService.getScriptLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(emu.now().getTime()).toBe(3000);
  });
});

describe('Session, Utilities, Logger, console', () => {
  test('session reports the configured user and zone', () => {
    const emu = createEmulator({ user: 'pd@district.org', timeZone: 'America/Chicago' });
    const { Session } = emu.globals;
    expect(Session.getActiveUser().getEmail()).toBe('pd@district.org');
    expect(Session.getEffectiveUser().getEmail()).toBe('pd@district.org');
    expect(Session.getScriptTimeZone()).toBe('America/Chicago');
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
  });

  test('formatDate with common patterns and zones', () => {
    const { Utilities } = createEmulator().globals;
    const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
    expect(Utilities.formatDate(d, 'GMT', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-05 14:07:09');
    expect(Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2024-03-05 09:07');
    expect(Utilities.formatDate(d, 'GMT+2', "EEE, d MMM yyyy 'at' h:mm a")).toBe(
      'Tue, 5 Mar 2024 at 4:07 PM',
    );
    expect(Utilities.formatDate(d, 'Asia/Kolkata', 'HH:mm Z')).toBe('19:37 +0530');
  });

  test('uuids are unique; sleep advances the emulated clock', () => {
    const emu = createEmulator({ now: 1000 });
    const { Utilities } = emu.globals;
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
    expect(Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    Utilities.sleep(2500);
    expect(emu.now().getTime()).toBe(3500);
  });

  test('Logger and console are recorded quietly', () => {
    const emu = createEmulator();
    const { Logger, console: gasConsole } = emu.globals;
    Logger.log('Inserted %s rows', 12);
    gasConsole.error('boom', { code: 1 });
    gasConsole.warn('careful');
    expect(Logger.getLog()).toBe('Inserted 12 rows');
    expect(emu.logs.map((l) => [l.level, l.text])).toEqual([
      ['Logger', 'Inserted 12 rows'],
      ['error', 'boom { code: 1 }'],
      ['warn', 'careful'],
    ]);
  });
});
