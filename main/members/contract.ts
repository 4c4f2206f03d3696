import { z } from 'zod';
import { id, text } from '../ipc/zod-vi';

export const Gender = z.enum(['male', 'female']);

export const MemberListItem = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: Gender,
  dateOfBirth: z.string().nullable(),
  groupId: z.number().int().nullable(),
  groupName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  unionPosition: z.string().nullable(),
  joinedOn: z.string().nullable(),
  partyMember: z.boolean(),
  cardNumber: z.string().nullable(),
});
export type MemberListItem = z.infer<typeof MemberListItem>;

export const MemberListQuery = z.object({
  /** Free text: any part of the name (marks and đ ignored), CCCD, phone or card number. */
  query: text().optional(),
  groupId: id().optional(),
});

export const UnionGroup = z.object({
  id: z.number().int(),
  name: z.string(),
  leaderName: z.string().nullable(),
  memberCount: z.number().int(),
  femaleCount: z.number().int(),
});
export type UnionGroup = z.infer<typeof UnionGroup>;

export const membersContract = {
  'members.list': { input: MemberListQuery, output: z.array(MemberListItem) },
  'groups.list': { input: z.void(), output: z.array(UnionGroup) },
} as const;
