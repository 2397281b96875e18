import { createEmulator } from '../../local/emulator';

describe('DriveApp', () => {
  test('share the active spreadsheet: viewers and editors are recorded', () => {
    const emu = createEmulator({ user: 'coach@district.org' });
    const { DriveApp, SpreadsheetApp } = emu.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const file = DriveApp.getFileById(ss.getId());
    expect(file.getId()).toBe(ss.getId());
    expect(file.getName()).toBe('Untitled spreadsheet');
    expect(file.getUrl()).toBe(ss.getUrl());
    expect(file.getOwner().getEmail()).toBe('coach@district.org');
    file.addViewers(['t1@district.org', 't2@district.org']).addViewer('t1@district.org');
    file.addEditor('principal@district.org');
    // Adding a viewer who edits does nothing; adding an editor promotes a viewer.
    file.addViewer('principal@district.org');
    file.addEditor('t2@district.org');
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(['t1@district.org']);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['principal@district.org', 't2@district.org']);
    file.removeViewer('t1@district.org').removeViewer('t2@district.org');
    expect(emu.drive.sharedWith(ss.getId())).toEqual({
      owner: 'coach@district.org',
      editors: ['principal@district.org', 't2@district.org'],
      viewers: [],
      commenters: [],
      access: 'PRIVATE',
      permission: 'NONE',
    });
    file.setSharing(DriveApp.Access.DOMAIN_WITH_LINK, DriveApp.Permission.VIEW);
    expect(String(file.getSharingAccess())).toBe('DOMAIN_WITH_LINK');
    expect(emu.calls.total('drive')).toBeGreaterThan(5);
  });

  test('invalid addresses are refused before anything is shared; unknown ids and auth', () => {
    const emu = createEmulator();
    const { DriveApp, SpreadsheetApp } = emu.globals;
    const copy = SpreadsheetApp.create('Copy for principals');
    const file = DriveApp.getFileById(copy.getId());
    expect(() => file.addViewers(['ok@district.org', 'not-an-email'])).toThrow('Invalid email: not-an-email');
    expect(emu.drive.sharedWith(copy.getId()).viewers).toEqual([]);
    expect(() => file.addViewer('')).toThrow('Invalid email');
    expect(() => DriveApp.getFileById('missing')).toThrow(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
    emu.authMode = 'LIMITED';
    expect(() => DriveApp.getFileById(copy.getId())).toThrow(
      'You do not have permission to call DriveApp.getFileById.',
    );
  });

  test('forms are Drive files too', () => {
    const emu = createEmulator();
    const form = emu.globals.FormApp.create('Feedback');
    const file = emu.globals.DriveApp.getFileById(form.getId());
    expect(file.getName()).toBe('Feedback');
    expect(file.getMimeType()).toBe('application/vnd.google-apps.form');
    file.addEditor('coach2@district.org');
    expect(emu.drive.sharedWith(form.getId()).editors).toEqual(['coach2@district.org']);
  });
});
