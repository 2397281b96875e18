/**
 * Who may open a file through the advanced services: the add-on's `drive.file` scope reaches the
 * files it made for that user, while they may still open them; others get 403, deleted files 404.
 */
import { createEmulator } from '../../local/emulator';

function setup() {
  const emu = createEmulator({ user: 'lead@district.org' });
  const { Sheets, Drive } = emu.globals;
  emu.drive.share(emu.spreadsheet.getId(), 'coach@district.org', 'editor');
  return { emu, Sheets, Drive };
}

describe('the Sheets and Drive APIs under drive.file', () => {
  test('the maker opens and writes the copy it made; another editor of the spreadsheet gets 403', () => {
    const { emu, Sheets, Drive } = setup();
    const made = Sheets.Spreadsheets.create({ properties: { title: 'Copy' } }) as { spreadsheetId: string };
    const id = made.spreadsheetId;
    expect(emu.drive.sharedWith(id).owner).toBe('lead@district.org');
    expect(() => Sheets.Spreadsheets.get(id, { fields: 'sheets.properties' })).not.toThrow();
    emu.asUser('coach@district.org', () => {
      expect(() => Sheets.Spreadsheets.get(id, {})).toThrow(
        'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
      );
      expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [] }, id)).toThrow(/does not have permission/);
      expect(() =>
        Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'x@district.org' }, id, {}),
      ).toThrow(`File not found: ${id}.`);
    });
    // Shared with the coach as a viewer: still not a file the coach's add-on made.
    Drive.Permissions.create({ role: 'reader', type: 'user', emailAddress: 'coach@district.org' }, id, {});
    emu.asUser('coach@district.org', () => {
      expect(() => Sheets.Spreadsheets.get(id, {})).toThrow(/does not have permission/);
    });
  });

  test('a deleted copy is 404, not 403', () => {
    const { emu, Sheets } = setup();
    const { spreadsheetId: id } = Sheets.Spreadsheets.create({}) as { spreadsheetId: string };
    emu.drive.remove(id);
    expect(() => Sheets.Spreadsheets.get(id, {})).toThrow(
      'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
  });

  test('the spreadsheet the add-on runs in is not a drive.file file: the API refuses it', () => {
    const { emu, Sheets } = setup();
    expect(() => Sheets.Spreadsheets.get(emu.spreadsheet.getId(), {})).toThrow(/does not have permission/);
  });

  test('each user has their own user properties; document properties are shared', () => {
    const { emu } = setup();
    const { PropertiesService } = emu.globals;
    PropertiesService.getUserProperties().setProperty('k', 'lead');
    PropertiesService.getDocumentProperties().setProperty('d', 'shared');
    emu.asUser('coach@district.org', () => {
      expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull();
      expect(PropertiesService.getDocumentProperties().getProperty('d')).toBe('shared');
    });
  });
});
