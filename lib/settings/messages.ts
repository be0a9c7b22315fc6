/** User-facing strings of the settings module, in one table so they can be localised later. */

export const FIELD_LABELS: Record<string, string> = {
  version: 'Settings version',
  defaultDurationDays: 'Collaboration length (days)',
  defaultTargetRateBp: 'Default target commission',
  raiseMarginBp: 'Raise margin above the open rate',
  minStock: 'Minimum stock',
  sampleUnitsPerCreator: 'Free-sample units per creator',
  defaultContentType: 'Default content type',
  defaultSampleOffer: 'Default sample offer',
  defaultFeeStructure: 'Default fee structure',
  confirmWarnings: 'Confirm warnings before Send',
  fit: 'Creator fit',
  'fit.minFollowers': 'Minimum followers',
  'fit.minGmv': 'Minimum GMV',
  'fit.minEngagement': 'Minimum engagement rate',
  'fit.minSampleFulfilment': 'Minimum sample fulfilment rate',
  notAcceptedAfterDays: 'Flag invitations not accepted after (days)',
  regionOverrides: 'Region overrides',
  overlay: 'Pages',
  'overlay.findCreators': 'Overlay on Find creators',
  'overlay.createInvitation': 'Overlay on Create target collaboration',
  'overlay.invitationList': 'Overlay on Target collaborations',
  panelCollapsed: 'Collapsed panels',
  'panelCollapsed.findCreators': 'Find creators panel collapsed',
  'panelCollapsed.createInvitation': 'Create page panel collapsed',
  'panelCollapsed.invitationList': 'Collaborations list panel collapsed',
};

export const REASONS = {
  notJson: 'The file is not valid JSON.',
  notObject: 'The file does not contain Collab Pilot settings.',
  noVersion: 'The settings have no version number.',
  newerVersion: (v: number) =>
    `These settings were made by a newer version of Collab Pilot (settings version ${v}). Update the extension first.`,
  unknownVersion: (v: string) => `Unknown settings version: ${v}.`,
  mustBeNumber: 'must be a number',
  mustBeWholeNumber: 'must be a whole number',
  mustBeText: 'must be text',
  mustBeOnOff: 'must be on or off',
  mustBeGroup: 'must be a group of settings',
  tooBig: (max: string) => `must be at most ${max}`,
  tooSmall: (min: string) => `must be at least ${min}`,
  oneOf: (values: string) => `must be one of ${values}`,
  unknownKeys: (keys: string) => `has unknown fields: ${keys}`,
  unknownRegion: (key: string) => `has an unknown region "${key}"`,
  invalid: 'is not valid',
  andMore: (n: number) => ` (and ${n} more problem${n === 1 ? '' : 's'})`,
  tooLarge: 'The file is too large to be settings.',
};

export const NOTICES = {
  settingsSetAside:
    'Your saved settings could not be read, so Collab Pilot is using the defaults. The unreadable copy was kept: download it from the options page.',
  queueSetAside: (n: number) =>
    `${n} queue record${n === 1 ? '' : 's'} could not be read and ${n === 1 ? 'was' : 'were'} set aside. Download ${n === 1 ? 'it' : 'them'} from the options page.`,
};
