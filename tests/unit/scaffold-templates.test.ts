import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { realFs } from '../../src/main/core/fs-port';
import { PARTS_DIR, loadStackPackages, loadTemplateParts, renderTemplate, renderTemplatePath } from '../../src/main/core/scaffold/templates';
import { templatesDirFor } from '../../src/main/core/scaffold/templates-dir';
import { dependenciesFor, templateValues } from '../../src/main/core/scaffold/template-values';
import { quoted } from '../../src/main/core/scaffold/text';

const TEMPLATES = resolve('resources', 'templates');

describe('renderTemplate', () => {
  it('fills known placeholders and leaves everything else as written', () => {
    const values = { project_name: 'Chat', slug: 'chat' };
    expect(renderTemplate('# {{project_name}} in {{slug}}/', values)).toBe('# Chat in chat/');
    expect(renderTemplate('{{ user.name }} {{unknown}} {{project_name }}', values)).toBe('{{ user.name }} {{unknown}} {{project_name }}');
    expect(renderTemplate('{{constructor}} {{__proto__}}', values)).toBe('{{constructor}} {{__proto__}}');
  });

  it('does not re-expand placeholders that appear inside values', () => {
    expect(renderTemplate('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
  });

  it('renders paths, turns dot- files into dotfiles and refuses values that escape', () => {
    expect(renderTemplatePath('src/{{package_name}}/__init__.py', { package_name: 'chat' })).toBe('src/chat/__init__.py');
    expect(renderTemplatePath('dot-gitignore', {})).toBe('.gitignore');
    expect(() => renderTemplatePath('src/{{package_name}}/x', { package_name: '../..' })).toThrow(/not allowed/);
  });
});

describe('quoted', () => {
  it('round-trips awkward text through a double-quoted literal', () => {
    for (const text of ['plain', 'with "quotes" and \\ backslash', 'line\nbreak\ttab', 'ünï 🚀', '\u0001\u007f']) {
      expect(JSON.parse(quoted(text))).toBe(text);
    }
    expect(quoted('\ud800x')).toBe('"\ufffdx"');
  });
});

describe('the shipped templates', () => {
  it('have a base part with the README, notes, pyproject, .gitignore, a package and tests', async () => {
    const files = await loadTemplateParts(realFs, TEMPLATES, ['base']);
    expect(files.map((f) => f.path).sort()).toEqual([
      'NOTES.md',
      'README.md',
      'dot-gitignore',
      'pyproject.toml',
      'src/{{package_name}}/__init__.py',
      'tests/__init__.py',
      'tests/test_{{package_name}}.py',
    ]);
  });

  it('use only placeholders the app fills, in every part, and document each one', async () => {
    const curriculum = loadCurriculum();
    const stackPackages = await loadStackPackages(realFs, TEMPLATES);
    const names = new Set(Object.keys(templateValues({ ...curriculum.projects[0]!, steps: [], weeks: [] }, { folderName: 'x', stackPackages, today: '2026-01-01' })));
    for (const project of curriculum.projects) {
      const keys = Object.keys(templateValues({ ...project, steps: [], weeks: [] }, { folderName: 'x', stackPackages, today: '2026-01-01' }));
      expect(new Set(keys), project.id).toEqual(names);
    }
    const docs = await readFile(join(TEMPLATES, 'README.md'), 'utf8');
    const parts = (await readdir(join(TEMPLATES, PARTS_DIR))).sort();
    expect(parts.length).toBeGreaterThanOrEqual(15);
    for (const file of await loadTemplateParts(realFs, TEMPLATES, parts)) {
      for (const [, name] of `${file.path}\n${file.content}`.matchAll(/\{\{([a-z_]+)\}\}/g)) {
        expect([...names], `${file.path} uses {{${name}}}`).toContain(name);
        expect(docs, `{{${name}}} is documented`).toContain(`\`${name}\``);
      }
    }
  });

  it('map every stack tag in the roadmap to PyPI packages', async () => {
    const map = await loadStackPackages(realFs, TEMPLATES);
    const tags = new Set(loadCurriculum().projects.flatMap((p) => p.stack));
    for (const tag of tags) expect(Object.keys(map), tag).toContain(tag);
    expect(dependenciesFor(['Flask', 'Flask-SocketIO', 'WebSocket', 'React', 'Unknown'], map)).toEqual(['flask', 'flask-socketio']);
  });

  it('are found unpacked beside the asar archive in a packaged app', () => {
    expect(templatesDirFor('/opt/Prep Planner/resources/app.asar')).toBe(join('/opt/Prep Planner/resources/app.asar.unpacked', 'resources', 'templates'));
    expect(templatesDirFor('/home/me/prep-planner')).toBe(join('/home/me/prep-planner', 'resources', 'templates'));
  });
});
