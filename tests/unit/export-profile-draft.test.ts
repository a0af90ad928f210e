import { describe, expect, it } from 'vitest';
import { cleanProfile, linkErrors } from '../../src/renderer/src/features/portfolio/profile-draft';
import { SettingsSchema } from '../../src/shared/plan-schema';

describe('profile form rules', () => {
  it('explains what is wrong with each link row, ignoring empty rows', () => {
    const errors = linkErrors([
      { label: 'GitHub', url: 'https://github.com/me' },
      { label: '', url: '' },
      { label: '', url: 'https://example.com' },
      { label: 'Evil', url: 'javascript:alert(1)' },
      { label: 'Secret', url: 'https://me:pw@example.com' },
    ]);
    expect([...errors.keys()]).toEqual([2, 3, 4]);
    expect(errors.get(2)).toMatch(/label/);
    expect(errors.get(3)).toMatch(/https:\/\//);
  });

  it('saves a trimmed profile the plan schema accepts', () => {
    const profile = cleanProfile('  Ada ', ' Dev ', [{ label: ' GitHub ', url: ' https://github.com/me ' }, { label: '', url: '' }]);
    expect(profile).toEqual({ name: 'Ada', headline: 'Dev', links: [{ label: 'GitHub', url: 'https://github.com/me' }] });
    expect(SettingsSchema.shape.profile.safeParse(profile).success).toBe(true);
  });
});
