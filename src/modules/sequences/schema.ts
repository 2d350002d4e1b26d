// sequenceStatus: a company admin's view of its own numbering and the health of its UIDs.
import { builder } from '../../schema/builder.ts';
import {
  MAX_GAP_RANGES,
  MAX_LISTED_UIDS,
  sequenceStatus,
  type GapRange,
  type KeyStatus,
  type SequenceStatus,
  type UidHealth,
} from './service.ts';

const GapType = builder.objectRef<GapRange>('SequenceGap').implement({
  description: 'Numbers from `from` to `to` (inclusive) that were handed out and are held by nobody now.',
  fields: (t) => ({
    from: t.exposeInt('from', { description: 'The first number of the gap.' }),
    to: t.exposeInt('to', { description: 'The last number of the gap.' }),
    size: t.int({ description: 'How many numbers the gap holds.', resolve: (g) => g.to - g.from + 1 }),
  }),
});

const KeyStatusType = builder.objectRef<KeyStatus>('SequenceKeyStatus').implement({
  description:
    'One counter of the company (marketer UIDs, client UIDs, sale or receipt numbers) and the numbers it handed out.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'MKT (marketers), CLT (clients), SAL (sales), RCP (receipts), ...' }),
    lastValue: t.exposeInt('lastValue', {
      description: 'The last number handed out (0 before the first); the next is lastValue + 1.',
    }),
    issued: t.exposeInt('issued', {
      nullable: true,
      description: 'Rows now holding a number of this key. Null for a key this server does not number rows with.',
    }),
    highestIssued: t.exposeInt('highestIssued', {
      nullable: true,
      description: 'The highest number held now; null when none is.',
    }),
    gapCount: t.exposeInt('gapCount', {
      nullable: true,
      description:
        'Numbers from 1 to lastValue held by nobody (their profiles were deleted; numbers are never reused).',
    }),
    gapRanges: t.exposeInt('gapRanges', { description: 'How many ranges the gaps form.' }),
    gaps: t.field({
      type: [GapType],
      resolve: (s) => s.gaps,
      description: `The first ${MAX_GAP_RANGES} gap ranges, lowest first.`,
    }),
    gapsTruncated: t.boolean({
      description: 'True when there are more gap ranges than `gaps` lists.',
      resolve: (s) => s.gapRanges > s.gaps.length,
    }),
    healthy: t.exposeBoolean('healthy', {
      description: 'lastValue is at least the highest number held, so the next registration cannot repeat one.',
    }),
  }),
});

const UidHealthType = builder.objectRef<UidHealth>('UidHealth').implement({
  description: "Whether every marketer's and client's UID is well formed and held once.",
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'UIDs checked (every marketer and client).' }),
    duplicates: t.exposeInt('duplicates', { description: 'UIDs held by more than one profile.' }),
    malformed: t.exposeInt('malformed', {
      description: "UIDs that are not the company's prefix, key and padded number.",
    }),
    duplicateUids: t.exposeStringList('duplicateUids', {
      description: `The first ${MAX_LISTED_UIDS} duplicated UIDs.`,
    }),
    malformedUids: t.exposeStringList('malformedUids', { description: `The first ${MAX_LISTED_UIDS} malformed UIDs.` }),
    healthy: t.boolean({
      description: 'No duplicated and no malformed UID.',
      resolve: (h) => h.duplicates === 0 && h.malformed === 0,
    }),
  }),
});

const SequenceStatusType = builder.objectRef<SequenceStatus>('SequenceStatus').implement({
  description: "The company's numbering: counters, numbers held, gaps, and UID health.",
  fields: (t) => ({
    sequences: t.field({
      type: [KeyStatusType],
      description: 'Each counter of the company.',
      resolve: (s) => s.sequences,
    }),
    uidHealth: t.field({
      type: UidHealthType,
      description: 'The health of marketer and client UIDs.',
      resolve: (s) => s.uidHealth,
    }),
    healthy: t.boolean({
      description: 'Every counter healthy, and every UID well formed and unique.',
      resolve: (s) =>
        s.sequences.every((k) => k.healthy) && s.uidHealth.duplicates === 0 && s.uidHealth.malformed === 0,
    }),
  }),
});

builder.queryFields((t) => ({
  sequenceStatus: t.withAuth({ can: 'READ_SEQUENCES' }).field({
    type: SequenceStatusType,
    description: "Company admins: the company's counters, numbers held, gaps left by deletions, and UID health.",
    resolve: (_root, _args, ctx) => sequenceStatus(ctx),
  }),
}));
