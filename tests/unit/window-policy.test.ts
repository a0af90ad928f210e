import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/main/core/data-dir';
import { isSafeExternalUrl } from '../../src/main/core/external-url';
import { isAppUrl, resolveAppAsset, SECURE_WEB_PREFERENCES } from '../../src/main/core/window-policy';

describe('window security policy', () => {
  it('gives the renderer no Node and a sandbox', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('treats only the app origin (and the dev server) as the app', () => {
    expect(isAppUrl('app://prep-planner/index.html')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('serves app:// assets only from inside the renderer folder', () => {
    expect(resolveAppAsset('app://prep-planner/', '/opt/pp/renderer')).toBe('/opt/pp/renderer/index.html');
    expect(resolveAppAsset('app://prep-planner/assets/a.js', '/opt/pp/renderer')).toBe('/opt/pp/renderer/assets/a.js');
    for (const bad of ['app://prep-planner/..%2f..%2fetc/passwd', 'app://other/x.js', 'app://prep-planner/a%00.js', 'file:///etc/passwd']) {
      expect(resolveAppAsset(bad, '/opt/pp/renderer')).toBeNull();
    }
  });

  it('hands only http(s) and mailto links to the OS', () => {
    expect(isSafeExternalUrl('https://github.com/me/repo')).toBe(true);
    expect(isSafeExternalUrl('mailto:me@example.com')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///C:/Windows', 'smb://host/share', 'vbscript:x', ' ', 'https://']) {
      expect(isSafeExternalUrl(bad)).toBe(false);
    }
  });

  it('puts the data folder where PREP_PLANNER_DATA_DIR says, else in userData', () => {
    expect(resolveDataDir({}, '/home/u/.config/Prep Planner')).toBe('/home/u/.config/Prep Planner');
    expect(resolveDataDir({ PREP_PLANNER_DATA_DIR: '/mnt/usb/pp' }, '/x')).toBe('/mnt/usb/pp');
    expect(resolveDataDir({ PREP_PLANNER_DATA_DIR: 'data' }, '/x', '/portable')).toBe('/portable/data');
  });
});
