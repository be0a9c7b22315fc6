import { moneyCompact, priceFor } from './format.ts';
import type {
  CreatorJson,
  CreatorRecord,
  GroupDetailJson,
  GroupRecord,
  GroupSummaryJson,
  Lang,
  ProductJson,
  ProductRecord,
} from './types.ts';

/** Records → the JSON shapes the real endpoints return (creator fields wrapped as `{ value }`). */

const w = <T>(value: T): { value: T } => ({ value });

export function creatorJson(c: CreatorRecord, region: string, lang: Lang): CreatorJson {
  return {
    creator_oecuid: w(c.id),
    handle: w(c.handle),
    nickname: w(c.nickname),
    avatar: w({ url_list: [`/img/avatar/${c.id}.svg`] }),
    follower_cnt: w(c.followers),
    category: c.categories.map((name) => w({ name })),
    med_gmv_revenue: moneyCompact(c.gmv, region, lang),
    units_sold: w(c.unitsSold),
    video_avg_view_cnt: w(c.avgVideoViews),
    ec_video_engagement: w(c.engagement),
    live_streaming_cnt_30d: w(c.live30d),
    ec_live_streaming_cnt_30d: w(c.ecLive30d),
    is_live_auction: w(c.liveAuction),
    has_invited_before_90d: w(c.invitedWithin90d),
    has_collaborated: w(c.collaborated),
    is_creator_blocked_by_shop: w(c.blocked),
    sample_fulfillment_rate: w(c.sampleFulfillment),
    selection_region: w(region),
    recommend_reason: w(c.reason),
  };
}

export function productJson(p: ProductRecord, region: string): ProductJson {
  return {
    product_id: p.id,
    title: p.title,
    image_url: `/img/product/${p.id}.svg`,
    price: priceFor(p.price, region),
    stock: p.stock,
    open_commission: p.openCommission,
    status: p.status,
  };
}

export function groupSummaryJson(g: GroupRecord): GroupSummaryJson {
  return {
    invitation_group_id: g.id,
    name: g.name,
    status: g.status,
    create_time: String(g.createTime),
    end_time: String(g.endTime),
    product_cnt: g.products.length,
    creator_cnt: g.creators.length,
    accepted_creator_cnt: g.creators.filter((c) => c.status === 2).length,
  };
}

export function groupDetailJson(
  g: GroupRecord,
  productById: Map<string, ProductRecord>,
  creatorById: Map<string, CreatorRecord>,
  region: string,
): GroupDetailJson {
  return {
    invitation_group_id: g.id,
    name: g.name,
    message: g.message,
    status: g.status,
    create_time: String(g.createTime),
    end_time: String(g.endTime),
    fee_type: g.feeType,
    product_list: g.products.flatMap((gp) => {
      const p = productById.get(gp.productId);
      if (!p) return [];
      return [
        {
          product_id: p.id,
          title: p.title,
          price: priceFor(p.price, region),
          stock: p.stock,
          open_commission: p.openCommission,
          target_commission: gp.targetCommission,
          sample_type: gp.sampleType,
          status: p.status,
        },
      ];
    }),
    creator_list: g.creators.map((gc) => ({
      creator_oec_id: gc.creatorId,
      handle: creatorById.get(gc.creatorId)?.handle ?? '',
      status: gc.status,
      invite_time: String(gc.inviteTime),
    })),
  };
}
