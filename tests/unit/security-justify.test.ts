import { describe, expect, it } from 'vitest';
import { findJustification } from '../../scripts/electronegativity-justify';

describe('Electronegativity justifications', () => {
  const source = [
    'const a = 1;',
    '// electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — only URLs that pass isSafeExternalUrl',
    'shell.openExternal(url);',
    "const w = new BrowserWindow({ x }); // electronegativity-justified: SANDBOX_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK — preferences come from SECURE_WEB_PREFERENCES",
    '// electronegativity-justified: PRELOAD_JS_CHECK — ok',
    'preload();',
    '// electronegativity-justified: AUXCLICK_JS_CHECK — a reason that is long enough',
    '',
    'later();',
  ].join('\n');

  it('accepts a marker on the line or in the comment lines just above, naming the check with a reason', () => {
    expect(findJustification(source, 3, 'OPEN_EXTERNAL_JS_CHECK')).toBe('only URLs that pass isSafeExternalUrl');
    expect(findJustification(source, 4, 'SANDBOX_JS_CHECK')).toBe('preferences come from SECURE_WEB_PREFERENCES');
    expect(findJustification(source, 4, 'CONTEXT_ISOLATION_JS_CHECK')).toBe('preferences come from SECURE_WEB_PREFERENCES');
  });

  it('reads a reason that continues over the comment lines down to the finding', () => {
    const multi = ['// electronegativity-justified: SANDBOX_JS_CHECK — preferences come from', '// the frozen SECURE_WEB_PREFERENCES', 'new BrowserWindow({});'].join('\n');
    expect(findJustification(multi, 3, 'SANDBOX_JS_CHECK')).toBe('preferences come from the frozen SECURE_WEB_PREFERENCES');
  });

  it('refuses a marker for another check, a token reason, or one separated from the line', () => {
    expect(findJustification(source, 3, 'SANDBOX_JS_CHECK')).toBeNull();
    expect(findJustification(source, 6, 'PRELOAD_JS_CHECK')).toBeNull();
    expect(findJustification(source, 9, 'AUXCLICK_JS_CHECK')).toBeNull();
    expect(findJustification(source, 1, 'OPEN_EXTERNAL_JS_CHECK')).toBeNull();
  });
});
