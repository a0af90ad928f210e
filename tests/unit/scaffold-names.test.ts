import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FOLDER_NAME, distributionName, projectFolderName, pythonPackageName } from '../../src/main/core/scaffold/folder-name';
import { STDLIB_MODULES, shadowsModule } from '../../src/main/core/scaffold/python-names';
import { isInside, safeSegments, unsafeSegmentReason } from '../../src/main/core/scaffold/safe-path';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('projectFolderName', () => {
  it('slugs real project names the way a person would type them', () => {
    expect(projectFolderName('Library Management System')).toBe('library-management-system');
    expect(projectFolderName('E-Commerce Inventory Tracker')).toBe('e-commerce-inventory-tracker');
    expect(projectFolderName('Café Ünïcödé')).toBe('cafe-uenicoede');
    expect(projectFolderName('Привет мир')).toBe('privet-mir');
  });

  it('turns path tricks into a single plain folder name', () => {
    expect(projectFolderName('../../etc/passwd')).toBe('etc-passwd');
    expect(projectFolderName('C:\\Windows')).toBe('c-windows');
    expect(projectFolderName('..', 'my-id')).toBe('my-id');
    expect(projectFolderName('name. ')).toBe('name');
  });

  it('never yields a Windows device name', () => {
    for (const name of ['CON', 'con', 'Nul', 'AUX', 'prn', 'COM1', 'lpt9']) expect(projectFolderName(name)).toBe(`${name.toLowerCase()}-project`);
  });

  it('falls back to the id, then to "project", when nothing is left of the name', () => {
    expect(projectFolderName('🚀🔥', 'ai-chatbot')).toBe('ai-chatbot');
    expect(projectFolderName('日本語', '日本')).toBe('project');
  });

  it('cuts long names at a word boundary', () => {
    const name = projectFolderName('word '.repeat(100));
    expect(name.length).toBeLessThanOrEqual(MAX_FOLDER_NAME);
    expect(name).toMatch(/^(word-)+word$/);
  });

  it('is always one safe segment, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.string(), (name, id) => {
        const folder = projectFolderName(name, id);
        expect(folder).toMatch(SLUG);
        expect(folder.length).toBeLessThanOrEqual(MAX_FOLDER_NAME);
        expect(unsafeSegmentReason(folder)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('pythonPackageName', () => {
  it('makes an importable identifier', () => {
    expect(pythonPackageName('job-scraper')).toBe('job_scraper');
    expect(pythonPackageName('1984')).toBe('project_1984');
    expect(pythonPackageName('import')).toBe('import_project');
    expect(pythonPackageName('---')).toBe('project');
  });

  it('never takes the name of a module it would hide: the tests folder, a dependency, the standard library', () => {
    const cases: Array<[string, string]> = [
      ['Tests', 'tests_app'], ['Test', 'test_app'], ['Flask', 'flask_app'], ['Django', 'django_app'], ['Requests', 'requests_app'],
      ['Pandas', 'pandas_app'], ['BS4', 'bs4_app'], ['Email', 'email_app'], ['JSON', 'json_app'], ['Socket', 'socket_app'],
      ['Typing', 'typing_app'], ['Flask SocketIO', 'flask_socketio_app'], ['Src', 'src_app'],
    ];
    for (const [name, pkg] of cases) expect(pythonPackageName(projectFolderName(name))).toBe(pkg);
    // The pip name follows the package, so a project called "Flask" does not satisfy its own dependency on Flask.
    expect(distributionName(projectFolderName('Flask'))).toBe('flask-app');
    expect(distributionName('library-management-system')).toBe('library-management-system');
  });

  it('is never a module of the installed Python’s standard library nor a keyword', () => {
    const stdlib = execFileSync('/usr/bin/python3', ['-c', 'import sys; print(" ".join(sorted(sys.stdlib_module_names)))'], { encoding: 'utf8' }).trim().split(' ');
    const publicNames = stdlib.filter((n) => !n.startsWith('_'));
    expect(publicNames.filter((n) => !STDLIB_MODULES.has(n.toLowerCase()))).toEqual([]);
    for (const n of stdlib) {
      const pkg = pythonPackageName(n);
      expect(shadowsModule(pkg), `${n} → ${pkg}`).toBe(false);
      expect(stdlib).not.toContain(pkg);
    }
    fc.assert(
      fc.property(fc.constantFrom(...publicNames, 'flask', 'tests', 'django', 'sklearn'), fc.constantFrom('', ' ', '-', '_'), (n, tail) => {
        const pkg = pythonPackageName(projectFolderName(`${n}${tail}`, 'x'));
        expect(shadowsModule(pkg)).toBe(false);
        expect(pkg).toMatch(/^[a-z_][a-z0-9_]*$/);
      }),
    );
  });
});

describe('isInside', () => {
  const root = join(sep, 'work', 'space');
  it('uses path.relative, not a string prefix', () => {
    expect(isInside(root, join(root, 'a'))).toBe(true);
    expect(isInside(root, join(root, 'a', 'b'))).toBe(true);
    expect(isInside(root, join(root, '..foo'))).toBe(true);
    expect(isInside(root, `${root}-evil`)).toBe(false);
    expect(isInside(root, join(root, '..', 'x'))).toBe(false);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, join(sep, 'elsewhere'))).toBe(false);
  });
});

describe('safeSegments', () => {
  it('accepts ordinary template paths', () => {
    expect(safeSegments('src/pkg/__init__.py')).toEqual(['src', 'pkg', '__init__.py']);
    expect(safeSegments('.gitignore')).toEqual(['.gitignore']);
  });

  it.each(['../x', 'a/../../x', '/abs', 'a//b', 'C:/x', 'a\\b', 'CON', 'nul.txt', 'trail.', 'trail ', 'ctl\u0001', './x'])('refuses %j', (path) => {
    expect(() => safeSegments(path)).toThrow(/not allowed/);
  });
});
