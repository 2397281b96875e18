import { createEmulator } from '../../local/emulator';

describe('menus', () => {
  test('add-on menu items, separators and submenus are recorded by addToUi', () => {
    const emu = createEmulator({ addonName: 'PL Standards' });
    const ui = emu.globals.SpreadsheetApp.getUi();
    const sub = ui.createMenu('More').addItem('About', 'showAbout');
    ui.createAddonMenu().addItem('Open sidebar', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(emu.ui.menus).toEqual([
      {
        caption: 'PL Standards',
        addon: true,
        items: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          { separator: true },
          {
            submenu: {
              caption: 'More',
              addon: false,
              items: [{ caption: 'About', functionName: 'showAbout' }],
            },
          },
        ],
      },
    ]);
  });

  test('a menu is not shown until addToUi; adding again replaces it', () => {
    const emu = createEmulator();
    const menu = emu.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('A', 'a');
    expect(emu.ui.menus).toHaveLength(0);
    menu.addToUi();
    menu.addItem('B', 'b').addToUi();
    expect(emu.ui.menus).toHaveLength(1);
    expect(emu.ui.menus[0]?.items).toHaveLength(2);
  });
});

describe('alerts and prompts', () => {
  test('alert overloads are recorded and answer with the configured button', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    emu.ui.alertResponse = 'no';
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    ui.alert('Title', 'Body', ui.ButtonSet.OK);
    expect(emu.ui.alerts).toEqual([
      { prompt: 'Hello' },
      { prompt: 'Sure?', buttons: 'YES_NO' },
      { title: 'Title', prompt: 'Body', buttons: 'OK' },
    ]);
  });

  test('prompts take queued responses, then close', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    emu.ui.promptResponses.push({ button: 'ok', text: 'Grade 5' });
    const first = ui.prompt('Which grade?', ui.ButtonSet.OK_CANCEL);
    expect(first.getResponseText()).toBe('Grade 5');
    expect(first.getSelectedButton()).toBe(ui.Button.OK);
    const second = ui.prompt('Again?');
    expect(second.getSelectedButton()).toBe(ui.Button.CLOSE);
    expect(emu.ui.prompts).toHaveLength(2);
  });
});

describe('HtmlService, sidebars and dialogs', () => {
  test('sidebar from a project file: title, content, fixed width', () => {
    const emu = createEmulator({ htmlFiles: { Sidebar: '<p>Hi</p>' } });
    const { HtmlService, SpreadsheetApp } = emu.globals;
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Standards').setWidth(500);
    SpreadsheetApp.getUi().showSidebar(out);
    expect(emu.ui.sidebars).toEqual([{ title: 'Standards', html: '<p>Hi</p>', width: 300 }]);
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>Hi</p>');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  test('modal dialog records size and title', () => {
    const emu = createEmulator();
    const { HtmlService, SpreadsheetApp } = emu.globals;
    const out = HtmlService.createHtmlOutput('<b>x</b>').append('<i>y</i>').setWidth(420).setHeight(200);
    out
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    out.addMetaTag('viewport', 'width=device-width');
    SpreadsheetApp.getUi().showModalDialog(out, 'Preview');
    expect(emu.ui.dialogs).toEqual([
      { title: 'Preview', html: '<b>x</b><i>y</i>', width: 420, height: 200, modal: true },
    ]);
    expect(out.getMetaTags()[0]?.getName()).toBe('viewport');
  });

  test('templates print escaped and raw scriptlets, with fields and globals in scope', () => {
    const emu = createEmulator({
      htmlFiles: {
        Page: '<h1><?= title ?></h1><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>[<?= i ?>]<? } ?><?= Session.getScriptTimeZone() ?>',
      },
    });
    const t = emu.globals.HtmlService.createTemplateFromFile('Page');
    t.title = 'A & B';
    t.raw = '<hr>';
    const before = emu.calls.get('Session.getScriptTimeZone');
    expect(t.evaluate().getContent()).toBe('<h1>A &amp; B</h1><hr>[0][1]America/New_York');
    // Calls made by scriptlets are outside calls: counted.
    expect(emu.calls.get('Session.getScriptTimeZone')).toBe(before + 1);
    expect(emu.globals.HtmlService.createTemplate('plain').evaluate().getContent()).toBe('plain');
  });
});
