import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, SETTINGS_VERSION } from '../../lib/settings/defaults';
import { parseSettingsFile, serializeSettings, validateSettings } from '../../lib/settings/parse';
import { applySettingsPatch } from '../../lib/settings/patch';
import { resolveSettings } from '../../lib/settings/resolve';
import { SettingsSchema } from '../../lib/settings/schema';
import { migrateV1toV2 } from '../../lib/settings/v1';

const v1 = {
  version: 1,
  durationDays: 14,
  targetRatePercent: 12.5,
  minStock: 50,
  contentType: 'live',
  freeSamples: false,
  confirmWarnings: false,
  overlayEnabled: false,
};

describe('defaults', () => {
  it('are valid current settings with the values a new seller needs', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: 2,
      defaultDurationDays: 30,
      defaultTargetRateBp: 1500,
      raiseMarginBp: 200,
      minStock: 20,
      sampleUnitsPerCreator: 1,
      defaultContentType: 'video',
      defaultSampleOffer: 'free-sample',
      defaultFeeStructure: 'commission',
      confirmWarnings: true,
      notAcceptedAfterDays: 7,
      recentInviteDays: 30,
      fit: { minFollowers: 1000, minGmv: 0, minEngagement: 0.02, minSampleFulfilment: 0.8 },
      overlay: { findCreators: true, createInvitation: true, invitationList: true },
    });
  });
  it('defaultSettings() is a copy that cannot change the defaults', () => {
    const s = defaultSettings();
    s.fit.minFollowers = 5;
    expect(DEFAULT_SETTINGS.fit.minFollowers).toBe(1000);
  });
});

describe('migration from every earlier version', () => {
  const earlier: Array<[number, unknown, Partial<typeof DEFAULT_SETTINGS>]> = [
    [
      1,
      v1,
      {
        defaultDurationDays: 14,
        defaultTargetRateBp: 1250,
        minStock: 50,
        defaultContentType: 'live',
        defaultSampleOffer: 'none',
        confirmWarnings: false,
        overlay: { findCreators: false, createInvitation: false, invitationList: false },
        fit: DEFAULT_SETTINGS.fit,
      },
    ],
  ];
  it('covers every version below the current one', () => {
    expect(earlier.map(([v]) => v)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
  });
  it.each(earlier)('version %i migrates to the current version', (from, raw, expected) => {
    const r = validateSettings(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(from);
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    expect(r.settings).toMatchObject(expected);
  });
  it('rounds v1 decimal percent to two decimals', () => {
    expect(migrateV1toV2({ ...v1, targetRatePercent: 12.345 } as never).defaultTargetRateBp).toBe(1235);
  });
  it('rejects an invalid v1 file with the field named', () => {
    const r = validateSettings({ ...v1, durationDays: 0 });
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('durationDays') });
  });
});

describe('parseSettingsFile', () => {
  const good = serializeSettings(DEFAULT_SETTINGS);
  it('round-trips an export', () => {
    expect(parseSettingsFile(good)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"version":2,', /not valid JSON/],
    ['an array', '[1,2]', /does not contain/],
    ['null', 'null', /does not contain/],
    ['no version', '{}', /no version/],
    ['newer version', JSON.stringify({ ...DEFAULT_SETTINGS, version: 3 }), /newer version.*3/],
    ['unknown version', JSON.stringify({ ...DEFAULT_SETTINGS, version: 'x' }), /Unknown settings version/],
    [
      'rate too high',
      JSON.stringify({ ...DEFAULT_SETTINGS, defaultTargetRateBp: 9000 }),
      /Default target commission must be at most 80%/,
    ],
    [
      'rate wrong type',
      JSON.stringify({ ...DEFAULT_SETTINGS, defaultTargetRateBp: '15' }),
      /Default target commission must be a number/,
    ],
    ['negative stock', JSON.stringify({ ...DEFAULT_SETTINGS, minStock: -1 }), /Minimum stock must be at least 0/],
    ['fractional days', JSON.stringify({ ...DEFAULT_SETTINGS, defaultDurationDays: 1.5 }), /Collaboration length/],
    [
      'bad enum',
      JSON.stringify({ ...DEFAULT_SETTINGS, defaultSampleOffer: 'gift' }),
      /Default sample offer must be one of/,
    ],
    ['extra key', JSON.stringify({ ...DEFAULT_SETTINGS, evil: 1 }), /unknown fields: evil/],
    [
      'nested',
      JSON.stringify({ ...DEFAULT_SETTINGS, fit: { ...DEFAULT_SETTINGS.fit, minEngagement: 2 } }),
      /Minimum engagement rate must be at most 1/,
    ],
    ['unknown region', JSON.stringify({ ...DEFAULT_SETTINGS, regionOverrides: { XX: {} } }), /Region/],
    [
      'bad region value',
      JSON.stringify({ ...DEFAULT_SETTINGS, regionOverrides: { US: { minStock: -5 } } }),
      /Region US: Minimum stock must be at least 0/,
    ],
    ['huge file', `{"version":2,"x":"${'a'.repeat(300_000)}"}`, /too large/],
  ];
  it.each(bad)('rejects %s with a plain reason', (_name, text, reason) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('settings stored before a key existed', () => {
  const { showReadings: _s, ...withoutTopKey } = DEFAULT_SETTINGS;
  const { invitationList: _i, ...fewerFlags } = DEFAULT_SETTINGS.overlay;
  it.each([
    ['a top-level setting', { ...withoutTopKey, minStock: 7 }],
    ['a page flag', { ...DEFAULT_SETTINGS, minStock: 7, overlay: { ...fewerFlags, findCreators: false } }],
  ])('load with the default for %s and keep every value that was stored', (_name, stored) => {
    const r = validateSettings(stored);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.minStock).toBe(7);
    expect(r.settings.showReadings).toBe(DEFAULT_SETTINGS.showReadings);
    expect(r.settings.overlay.invitationList).toBe(DEFAULT_SETTINGS.overlay.invitationList);
    expect(r.settings.overlay.findCreators).toBe(
      'findCreators' in (stored.overlay ?? {}) ? stored.overlay.findCreators : true,
    );
  });
  it('drop the switch of a page this version does not know, and keep the others', () => {
    const r = validateSettings({
      ...DEFAULT_SETTINGS,
      overlay: { ...DEFAULT_SETTINGS.overlay, findCreators: false, retiredPage: false },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.overlay).toEqual({ ...DEFAULT_SETTINGS.overlay, findCreators: false });
  });
  it('load the recent-invite days with its default', () => {
    const { recentInviteDays: _r, ...stored } = DEFAULT_SETTINGS;
    const r = validateSettings(stored);
    expect(r.ok && r.settings.recentInviteDays).toBe(30);
  });
  it('still rejects a stored key of the wrong type', () => {
    const r = validateSettings({ ...DEFAULT_SETTINGS, showReadings: 'yes' });
    expect(r.ok).toBe(false);
  });
});

describe('resolveSettings', () => {
  const s = {
    ...defaultSettings(),
    regionOverrides: { ID: { defaultTargetRateBp: 2000, fit: { minFollowers: 500 } } },
  };
  it.each([
    ['US', 1500, 1000],
    ['ID', 2000, 500],
    [null, 1500, 1000],
  ] as const)('region %s → rate %i, followers %i', (region, rate, followers) => {
    const r = resolveSettings(s, region);
    expect(r.defaultTargetRateBp).toBe(rate);
    expect(r.fit.minFollowers).toBe(followers);
    expect(r.fit.minEngagement).toBe(0.02);
    expect(r.region).toBe(region);
    expect('regionOverrides' in r).toBe(false);
  });
});

describe('applySettingsPatch', () => {
  it.each([
    [{ minStock: 5 }, (s: typeof DEFAULT_SETTINGS) => s.minStock === 5],
    [
      { fit: { minFollowers: 10 } },
      (s: typeof DEFAULT_SETTINGS) => s.fit.minFollowers === 10 && s.fit.minEngagement === 0.02,
    ],
    [
      { overlay: { findCreators: false } },
      (s: typeof DEFAULT_SETTINGS) => !s.overlay.findCreators && s.overlay.invitationList,
    ],
    [
      { regionOverrides: { US: { minStock: 3 } } },
      (s: typeof DEFAULT_SETTINGS) => s.regionOverrides.US?.minStock === 3,
    ],
    [{ version: 99 }, (s: typeof DEFAULT_SETTINGS) => s.version === 2],
  ])('applies %j', (patch, check) => {
    const r = applySettingsPatch(defaultSettings(), patch);
    expect(r.ok && check(r.settings)).toBe(true);
  });
  it('removes a region override with null', () => {
    const base = { ...defaultSettings(), regionOverrides: { US: { minStock: 3 } } };
    const r = applySettingsPatch(base, { regionOverrides: { US: null } });
    expect(r.ok && r.settings.regionOverrides).toEqual({});
  });
  it.each([[{ minStock: -1 }], [{ defaultTargetRateBp: 50 }], [{ fit: { minGmv: 'lots' } }], [null], [[1]]])(
    'rejects %j',
    (patch) => {
      expect(applySettingsPatch(defaultSettings(), patch).ok).toBe(false);
    },
  );
});

describe('message templates in the settings', () => {
  it('stored settings without templates or shop name load with the defaults', () => {
    const { templates: _t, shopName: _s, ...stored } = defaultSettings();
    const r = validateSettings(stored);
    expect(r.ok && r.settings.templates.map((t) => t.kind)).toEqual(['invitation', 'follow-up']);
    expect(r.ok && r.settings.shopName).toBe('');
  });

  it('travel through export and import', () => {
    const s = defaultSettings();
    s.shopName = 'Sunny Home';
    s.templates = [{ id: 'mine', name: 'Mine', kind: 'follow-up', body: 'Hi {creator}' }];
    const back = parseSettingsFile(serializeSettings(s));
    expect(back.ok && back.settings.templates).toEqual(s.templates);
    expect(back.ok && back.settings.shopName).toBe('Sunny Home');
  });

  it('refuse more than 20 templates in an imported file, naming the field', () => {
    const s = defaultSettings();
    s.templates = Array.from({ length: 21 }, (_, i) => ({
      id: `t${i}`,
      name: 'n',
      kind: 'invitation' as const,
      body: 'b',
    }));
    const r = parseSettingsFile(serializeSettings(s));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/Message templates/);
  });
});
