/** Shapes of the sandbox world and of the JSON the real Affiliate Center returns (see ../CONTRACT.md). */

export type Lang = 'en' | 'id' | 'vi';

/** A creator as the generator keeps it (plain numbers); `creatorJson` wraps it the way the API does. */
export interface CreatorRecord {
  id: string;
  handle: string;
  nickname: string;
  followers: number;
  categories: string[];
  /** Median GMV in the shop currency's "USD-like" base unit; converted per region when served. */
  gmv: number;
  unitsSold: number;
  avgVideoViews: number;
  engagement: number;
  live30d: number;
  ecLive30d: number;
  liveAuction: boolean;
  invitedWithin90d: boolean;
  collaborated: boolean;
  blocked: boolean;
  sampleFulfillment: number;
  reason: 0 | 1 | 2 | 3 | 4;
}

export interface ProductRecord {
  id: string;
  title: string;
  /** Base price (USD-like), converted per region when served. */
  price: number;
  stock: number;
  /** Hundredths of a percent; null = no open collaboration. */
  openCommission: number | null;
  status: 1 | 2 | 6;
}

export type GroupStatus = 1 | 2 | 3 | 4;
export type InviteStatus = 1 | 2 | 3;

export interface GroupRecord {
  id: string;
  name: string;
  message: string;
  status: GroupStatus;
  createTime: number;
  endTime: number;
  feeType: 1 | 2;
  products: { productId: string; targetCommission: number; sampleType: 0 | 1 | 2 }[];
  creators: { creatorId: string; status: InviteStatus; inviteTime: number }[];
  contentOption: 0 | 1 | 2;
  flashSale: boolean;
  freeSample: { has_free_sample: boolean; is_free_sample_auto_review: boolean };
  flatFee?: { amount: number; video_review: 1 | 2; ads_authorization: boolean };
  /** Why this group exists in the seed (a health case), for tests; never served. */
  seedCase?: string;
}

export interface World {
  seed: number;
  now: number;
  creators: CreatorRecord[];
  products: ProductRecord[];
  groups: GroupRecord[];
  /** Ids of notable records so tests need not search for them. */
  fixtures: Fixtures;
}

export interface Fixtures {
  liveCreatorId: string;
  nonLiveCreatorId: string;
  blockedCreatorIds: string[];
  htmlNameCreatorId: string;
  emojiCreatorId: string;
  rtlCreatorId: string;
  outOfStockProductIds: string[];
  lowStockProductIds: string[];
  noOpenCollabProductIds: string[];
  /** Group id per seeded case (the health cases, plus an expired and a cancelled one). */
  groups: Record<HealthCase, string>;
}

export type HealthCase =
  | 'targetAtOrBelowOpen'
  | 'outOfStock'
  | 'endingSoon'
  | 'staleInvites'
  | 'sameProductA'
  | 'sameProductB'
  | 'healthy'
  | 'expired'
  | 'cancelled';

// ---- JSON as served ----

export interface Wrapped<T> {
  value: T;
}

export interface CreatorJson {
  creator_oecuid: Wrapped<string>;
  handle: Wrapped<string>;
  nickname: Wrapped<string>;
  avatar: Wrapped<{ url_list: string[] }>;
  follower_cnt: Wrapped<number>;
  category: Wrapped<{ name: string }>[];
  med_gmv_revenue: { value: string; format: string; symbol: string };
  units_sold: Wrapped<number>;
  video_avg_view_cnt: Wrapped<number>;
  ec_video_engagement: Wrapped<number>;
  live_streaming_cnt_30d: Wrapped<number>;
  ec_live_streaming_cnt_30d: Wrapped<number>;
  is_live_auction: Wrapped<boolean>;
  has_invited_before_90d: Wrapped<boolean>;
  has_collaborated: Wrapped<boolean>;
  is_creator_blocked_by_shop: Wrapped<boolean>;
  sample_fulfillment_rate: Wrapped<number>;
  selection_region: Wrapped<string>;
  recommend_reason: Wrapped<0 | 1 | 2 | 3 | 4>;
}

export interface Price {
  amount: string;
  currency: string;
  symbol: string;
}

export interface ProductJson {
  product_id: string;
  title: string;
  image_url: string;
  price: Price;
  stock: number;
  open_commission: number | null;
  status: 1 | 2 | 6;
}

export interface GroupSummaryJson {
  invitation_group_id: string;
  name: string;
  status: GroupStatus;
  create_time: string;
  end_time: string;
  product_cnt: number;
  creator_cnt: number;
  accepted_creator_cnt: number;
}

export interface GroupDetailJson {
  invitation_group_id: string;
  name: string;
  message: string;
  status: GroupStatus;
  create_time: string;
  end_time: string;
  fee_type: 1 | 2;
  product_list: {
    product_id: string;
    title: string;
    price: Price;
    stock: number;
    open_commission: number | null;
    target_commission: number;
    sample_type: 0 | 1 | 2;
    status: 1 | 2 | 6;
  }[];
  creator_list: { creator_oec_id: string; handle: string; status: InviteStatus; invite_time: string }[];
}

export interface CreateRequest {
  invitation_group: {
    invitation_group_id?: string;
    name: string;
    message: string;
    end_time: string;
    fee_type: 1 | 2;
    product_list: { product_id: string; target_commission: number; sample_type: 0 | 1 | 2 }[];
    creator_id_list: { base_info: { creator_oec_id: string } }[];
    free_sample_rule: { has_free_sample: boolean; is_free_sample_auto_review: boolean };
    delivery_requirements: { content_option: 0 | 1 | 2 };
    flash_sale: boolean;
    flat_fee?: { amount: number; video_review: 1 | 2; ads_authorization: boolean };
  };
}

export interface ApiResponse<T> {
  code: number;
  message: string;
  data: T;
}

export interface ConflictItem {
  creator_oec_id: string;
  product_id: string;
  invitation_group_id: string;
}

export interface QuotaInfo {
  group_cnt_limit_for24: number;
  current_group_cnt_for24: number;
  effective_group_cnt_limit: number;
  open_group_cnt: number;
  open_group_cnt_limit: number;
  weekly_quota_limit: number;
  weekly_quota_used: number;
}
