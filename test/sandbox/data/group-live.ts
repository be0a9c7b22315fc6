import type { GroupDetailJson, GroupSummaryJson } from './types.ts';

/**
 * The list and detail JSON as the live site answers them (docs/domain.md, "Target collaborations list"):
 * `data.invitation_list` with `has_more` and `total`, and `data.invitation` whose creators sit in
 * `creator_id_list[].base_info{user_name, creator_oec_id}`; plain fields, the id as `id`. The list item's
 * other fields are not in the public facts: the sandbox keeps the classic names for them.
 */
export type LiveGroupSummaryJson = Omit<GroupSummaryJson, 'invitation_group_id'> & { id: string };

export interface LiveGroupDetailJson extends Omit<GroupDetailJson, 'invitation_group_id' | 'creator_list'> {
  id: string;
  creator_id_list: { base_info: { user_name: string; creator_oec_id: string }; status: number; invite_time: string }[];
}

export function liveSearchJson(list: GroupSummaryJson[], total: number, hasMore: boolean) {
  return {
    invitation_list: list.map(
      ({ invitation_group_id, ...rest }): LiveGroupSummaryJson => ({ id: invitation_group_id, ...rest }),
    ),
    has_more: hasMore,
    total,
  };
}

export function liveDetailJson(g: GroupDetailJson): { invitation: LiveGroupDetailJson } {
  const { invitation_group_id, creator_list, ...rest } = g;
  return {
    invitation: {
      id: invitation_group_id,
      ...rest,
      creator_id_list: creator_list.map((c) => ({
        base_info: { user_name: c.handle, creator_oec_id: c.creator_oec_id },
        status: c.status,
        invite_time: c.invite_time,
      })),
    },
  };
}

/** The app's side: either shape back to the classic one its pages render from. */
export function searchFromEither(data: unknown): GroupSummaryJson[] {
  const d = (data ?? {}) as { invitation_group_list?: GroupSummaryJson[]; invitation_list?: LiveGroupSummaryJson[] };
  if (d.invitation_group_list) return d.invitation_group_list;
  return (d.invitation_list ?? []).map(({ id, ...rest }) => ({ invitation_group_id: id, ...rest }));
}

export function detailFromEither(data: unknown): GroupDetailJson | null {
  const d = (data ?? {}) as { invitation_group?: GroupDetailJson; invitation?: LiveGroupDetailJson };
  if (d.invitation_group) return d.invitation_group;
  if (!d.invitation) return null;
  const { id, creator_id_list, ...rest } = d.invitation;
  return {
    invitation_group_id: id,
    ...rest,
    creator_list: creator_id_list.map((c) => ({
      creator_oec_id: c.base_info.creator_oec_id,
      handle: c.base_info.user_name,
      status: c.status as GroupDetailJson['creator_list'][number]['status'],
      invite_time: c.invite_time,
    })),
  };
}
