import { Empty, Modal, Spin } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import type { GroupSummaryJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { M4bButton } from '../m4b.tsx';
import { navigate, withShopQuery } from '../router.ts';

/** "Invite" on Find creators: your open invitations (add the creator to one) plus "+ Create invitation". */
export function InviteModal({ creatorIds, onClose }: { creatorIds: string[]; onClose: () => void }) {
  const { t } = useEnv();
  const [groups, setGroups] = useState<GroupSummaryJson[] | null>(null);
  useEffect(() => {
    let live = true;
    void api.search({ page: 1, page_size: 50, status: 2 }).then((r) => {
      if (live) setGroups(r.data?.invitation_group_list ?? []);
    });
    return () => {
      live = false;
    };
  }, []);
  const ids = Object.fromEntries(creatorIds.map((id, i) => [`creator_ids[${i}]`, id]));
  const go = (path: string, extra: Record<string, string> = {}) => {
    onClose();
    navigate(withShopQuery(path, { enter_from: 'affiliate_find_creators', ...extra, ...ids }));
  };
  return (
    <Modal visible title={t('inviteTitle')} onCancel={onClose} footer={null}>
      <div className="field-label">{t('openInvitations')}</div>
      {groups === null ? (
        <Spin />
      ) : groups.length === 0 ? (
        <Empty description={t('noOpenInvitations')} />
      ) : (
        groups.map((g) => (
          <div
            key={g.invitation_group_id}
            className="row"
            style={{ justifyContent: 'space-between', padding: '6px 0' }}
          >
            <span>{g.name}</span>
            <M4bButton
              size="small"
              onClick={() => go('/connection/target-invitation/edit', { invitation_group_id: g.invitation_group_id })}
            >
              {t('add')}
            </M4bButton>
          </div>
        ))
      )}
      <div style={{ marginTop: 16 }}>
        <M4bButton type="primary" long onClick={() => go('/connection/target-invitation/create')}>
          {t('createInvitation')}
        </M4bButton>
      </div>
    </Modal>
  );
}
