import { Alert, Collapse, Message, Modal, Spin, Typography } from '@arco-design/web-react';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ConflictItem, ProductJson } from '../../data/types.ts';
import { api } from '../api.ts';
import { useEnv } from '../context.ts';
import { ymd } from '../dates.ts';
import { createIds, M4bButton, M4bCollapseItem } from '../m4b.tsx';
import { navigate, withShopQuery } from '../router.ts';
import { recordCreate, registerCreatePage } from '../sandboxHook.ts';
import { CreatorsSection } from './CreatorsSection.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { FlatFeeFields } from './FlatFeeFields.tsx';
import { creatorIdsFromUrl, type FormState, initialForm, snapshot, toRequest, type Update } from './formState.ts';
import { ProductsSection } from './ProductsSection.tsx';
import { Questionnaire } from './Questionnaire.tsx';
import { SamplesSection } from './SamplesSection.tsx';

const CONFLICT = 16024022;

interface Props {
  flatFee: boolean;
  editId: string | null;
  family: string;
}

/** Create / edit a target collaboration (commission or flat fee). All inputs are controlled by one React state. */
export function CreatePage({ flatFee, editId, family }: Props) {
  const { t, lang, variant } = useEnv();
  const ids = createIds(variant.createLiveIds);
  const [form, setForm] = useState<FormState | null>(null);
  const [sending, setSending] = useState(false);
  const [sentId, setSentId] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<ConflictItem[] | null>(null);
  const [precheck, setPrecheck] = useState<ConflictItem[]>([]);
  const latest = useRef<FormState | null>(null);
  latest.current = form;

  const update: Update = useCallback((patch) => {
    setForm((s) => (s ? { ...s, ...(typeof patch === 'function' ? patch(s) : patch) } : s));
  }, []);

  // Load everything the form needs before showing it, as the real page does.
  useEffect(() => {
    let live = true;
    void (async () => {
      const search = new URLSearchParams(location.search);
      const urlCreators = creatorIdsFromUrl(search);
      const [, , detail] = await Promise.all([
        api.quota(),
        api.limit(),
        editId ? api.detail(editId) : Promise.resolve(null),
      ]);
      const group = detail?.code === 0 ? detail.data.invitation_group : null;
      const ids = [...new Set([...(group?.creator_list.map((c) => c.creator_oec_id) ?? []), ...urlCreators])];
      const found = ids.length ? await api.find({ pagination: { size: ids.length, page: 1 }, creator_ids: ids }) : null;
      if (!live) return;
      const base = initialForm(flatFee || group?.fee_type === 2, editId);
      if (group) {
        base.name = group.name;
        base.message = group.message;
        base.endDate = ymd(Number(group.end_time));
        base.products = group.product_list.map((p) => ({
          product: {
            product_id: p.product_id,
            title: p.title,
            image_url: `/img/product/${p.product_id}.svg`,
            price: p.price,
            stock: p.stock,
            open_commission: p.open_commission,
            status: p.status,
          },
          commission: p.target_commission ? p.target_commission / 100 : undefined,
          sampleType: p.sample_type,
        }));
      }
      base.creators = found?.data?.creator_profile_list ?? [];
      setForm(base);
    })();
    return () => {
      live = false;
    };
  }, [flatFee, editId]);

  // Test hook: the page's own state, and a shortcut to add products by id.
  useEffect(
    () =>
      registerCreatePage(
        () => (latest.current ? snapshot(latest.current) : null),
        async (ids) => {
          const found: ProductJson[] = [];
          for (const id of ids) {
            const r = await api.products({ page: 1, page_size: 1, keyword: id });
            const p = r.data?.products[0];
            if (p) found.push(p);
          }
          update((s) => {
            const have = new Set(s.products.map((r) => r.product.product_id));
            return {
              products: [
                ...s.products,
                ...found
                  .filter((p) => !have.has(p.product_id))
                  .map((product) => ({ product, commission: undefined, sampleType: 1 as const })),
              ],
            };
          });
          await new Promise((r) => setTimeout(r, 0));
        },
      ),
    [update],
  );

  // The real page checks creator/product pairs against open collaborations as the selection changes.
  const pairKey = form
    ? `${form.creators.map((c) => c.creator_oecuid.value).join(',')}|${form.products.map((p) => p.product.product_id).join(',')}`
    : '';
  useEffect(() => {
    const [c = '', p = ''] = pairKey.split('|');
    if (!c || !p) {
      setPrecheck([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void api
        .conflictCheck({
          creator_ids: c.split(','),
          product_ids: p.split(','),
          ...(editId ? { invitation_group_id: editId } : {}),
        })
        .then((r) => {
          if (live) setPrecheck(r.data?.conflict_list ?? []);
        });
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pairKey, editId]);

  if (!form) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  const send = async () => {
    if (!latest.current) return;
    const request = toRequest(latest.current);
    setSending(true);
    const res = editId ? await api.update(request) : await api.create(request);
    recordCreate(request, res);
    setSending(false);
    if (res.code === 0) setSentId(res.data.invitation_group_id ?? '');
    else if (res.code === CONFLICT) setConflicts(res.data?.conflict_list ?? []);
    else Message.error(res.message);
  };

  const handle = (id: string) => form.creators.find((c) => c.creator_oecuid.value === id)?.handle.value ?? id;
  const title = (id: string) => form.products.find((p) => p.product.product_id === id)?.product.title ?? id;
  const flat = form.feeType === 2;
  const sections: Record<string, ReactNode> = {
    details: (
      <M4bCollapseItem key="details" name="details" header={t('invitationDetails')}>
        <DetailsSection form={form} update={update} today={ymd(Date.now())} />
        {flat && <FlatFeeFields form={form} update={update} />}
      </M4bCollapseItem>
    ),
    products: (
      <M4bCollapseItem key="products" name="products" header={t('products')}>
        <ProductsSection form={form} update={update} />
      </M4bCollapseItem>
    ),
    samples: (
      <M4bCollapseItem key="samples" name="samples" header={t('freeSamples')}>
        <SamplesSection form={form} update={update} />
      </M4bCollapseItem>
    ),
    creators: (
      <M4bCollapseItem key="creators" name="creators" header={t('creators')}>
        <CreatorsSection form={form} update={update} />
      </M4bCollapseItem>
    ),
  };
  // Section order differs between builds and regions on the real site; readers must not depend on it.
  const order =
    variant.sectionOrder === 'products-first'
      ? ['products', 'details', 'creators', 'samples']
      : lang === 'id'
        ? ['details', 'creators', 'products', 'samples']
        : ['details', 'products', 'samples', 'creators'];
  const collapsed: string[] = { none: [], samples: ['samples'], 'samples-and-creators': ['samples', 'creators'] }[
    variant.collapsedSections
  ];
  const open = order.filter((k) => !collapsed.includes(k));
  const heading = editId ? t('editTarget') : flat ? t('createFlatFee') : t('createTarget');
  const listHref = withShopQuery(family);

  return (
    <div>
      <Typography.Title heading={4}>{heading}</Typography.Title>
      {precheck.length > 0 && (
        <Alert type="warning" style={{ marginBottom: 12 }} content={`${t('duplicate')}: ${precheck.length}`} />
      )}
      <Collapse defaultActiveKey={open} style={{ background: '#fff' }}>
        {order.map((k) => sections[k])}
      </Collapse>
      <div className="footer-bar">
        <M4bButton e2e={ids.discardButton} onClick={() => navigate(listHref)}>
          {t('discard')}
        </M4bButton>
        <M4bButton type="primary" e2e={ids.sendButton} loading={sending} onClick={() => void send()}>
          {t('send')}
        </M4bButton>
      </div>
      <Modal
        visible={sentId !== null}
        title={t('sent')}
        onCancel={() => setSentId(null)}
        footer={
          <>
            <M4bButton onClick={() => setSentId(null)}>{t('ok')}</M4bButton>
            <M4bButton type="primary" onClick={() => navigate(listHref)}>
              {t('viewInvitations')}
            </M4bButton>
          </>
        }
      >
        <p>{t('sent')}</p>
      </Modal>
      <Modal
        visible={conflicts !== null}
        title={t('duplicate')}
        onCancel={() => setConflicts(null)}
        footer={<M4bButton onClick={() => setConflicts(null)}>{t('ok')}</M4bButton>}
      >
        <p>{t('duplicateBody')}</p>
        <ul>
          {(conflicts ?? []).map((c) => (
            <li key={`${c.creator_oec_id}:${c.product_id}`}>
              @{handle(c.creator_oec_id)} · {title(c.product_id)}
            </li>
          ))}
        </ul>
      </Modal>
      {new URLSearchParams(location.search).get('questionnaire') === '1' && <Questionnaire delayMs={3000} />}
    </div>
  );
}
