/**
 * Visible label texts of the Seller Center pages, per language.
 * Readers match a label in *any* language (the page may render English first and switch a few
 * seconds later), so a missing translation only costs a fallback, never a wrong match.
 * Sources: en from docs/domain.md and test/sandbox/CONTRACT.md; id/vi partly observed
 * (domain.md), the rest inferred — confirm on the live site and extend, never replace.
 */
export type Language = 'en' | 'id' | 'vi';
export const LANGUAGES: readonly Language[] = ['en', 'id', 'vi'];

type LabelTable = Record<string, Record<Language, readonly string[]>>;

export const LABELS = {
  // Headings
  findCreatorsHeading: { en: ['Find creators'], id: ['Cari kreator'], vi: ['Tìm nhà sáng tạo'] },
  createHeading: {
    en: ['Create target collaboration', 'Edit target collaboration'],
    id: ['Buat undangan', 'Ubah undangan'],
    vi: ['Tạo lời mời', 'Chỉnh sửa lời mời'],
  },
  createFlatFeeHeading: {
    en: ['Create flat-fee collaboration', 'Edit flat-fee collaboration'],
    id: ['Buat kolaborasi biaya tetap'],
    vi: ['Tạo hợp tác phí cố định'],
  },
  listHeading: { en: ['Target collaborations'], id: ['Kolaborasi target'], vi: ['Hợp tác mục tiêu'] },
  // Create page: sections (order differs between builds)
  sectionDetails: { en: ['Invitation details'], id: ['Detail undangan'], vi: ['Chi tiết lời mời'] },
  sectionProducts: {
    en: ['Products', 'Choose products'],
    id: ['Produk', 'Pilih produk'],
    vi: ['Sản phẩm', 'Chọn sản phẩm'],
  },
  sectionFreeSamples: {
    en: ['Free samples', 'Set up free samples'],
    id: ['Sampel gratis', 'Atur sampel gratis'],
    vi: ['Mẫu miễn phí', 'Cài đặt mẫu miễn phí'],
  },
  sectionCreators: {
    en: ['Creators', 'Choose creators'],
    id: ['Kreator', 'Pilih kreator'],
    vi: ['Nhà sáng tạo', 'Chọn nhà sáng tạo'],
  },
  // Create page: fields
  invitationName: { en: ['Invitation name'], id: ['Nama undangan'], vi: ['Tên lời mời'] },
  endDate: { en: ['End date'], id: ['Tanggal berakhir'], vi: ['Ngày kết thúc'] },
  validUntil: { en: ['Valid until'], id: ['Berlaku hingga'], vi: ['Có hiệu lực đến'] },
  message: {
    en: ['Message to creators', 'Message'],
    id: ['Pesan untuk kreator', 'Pesan'],
    vi: ['Tin nhắn gửi nhà sáng tạo', 'Tin nhắn', 'Lời nhắn gửi nhà sáng tạo', 'Lời nhắn'],
  },
  contentType: { en: ['Content type'], id: ['Jenis konten'], vi: ['Loại nội dung'] },
  contentVideo: {
    en: ['Shoppable video'],
    id: ['Video yang dapat dibeli', 'Video belanja'],
    vi: ['Video có thể mua sắm', 'Video mua sắm'],
  },
  contentLive: {
    en: ['Shoppable LIVE'],
    id: ['LIVE yang dapat dibeli', 'LIVE belanja'],
    vi: ['LIVE có thể mua sắm', 'LIVE mua sắm'],
  },
  contentAny: { en: ['No preference'], id: ['Tidak ada preferensi'], vi: ['Không ưu tiên'] },
  flashSale: { en: ['Request flash sale (LIVE)'], id: ['Minta flash sale (LIVE)'], vi: ['Yêu cầu flash sale (LIVE)'] },
  offerFreeSamples: { en: ['Offer free samples'], id: ['Tawarkan sampel gratis'], vi: ['Cung cấp mẫu miễn phí'] },
  autoApprove: {
    en: ['Auto approve requests'],
    id: ['Setujui permintaan otomatis'],
    vi: ['Tự động phê duyệt yêu cầu', 'Tự động duyệt yêu cầu'],
  },
  manualReview: {
    en: ['Manually review requests'],
    id: ['Tinjau permintaan secara manual'],
    vi: ['Xem xét yêu cầu thủ công', 'Duyệt yêu cầu thủ công'],
  },
  addProducts: { en: ['Add products'], id: ['Tambahkan produk'], vi: ['Thêm sản phẩm'] },
  batchEdit: { en: ['Batch edit commission'], id: ['Ubah massal komisi'], vi: ['Chỉnh sửa hàng loạt hoa hồng'] },
  searchCreatorsByName: {
    en: ['Search creators by username or user ID'],
    id: ['Cari kreator berdasarkan nama pengguna atau ID pengguna'],
    vi: ['Tìm nhà sáng tạo theo tên người dùng hoặc ID người dùng'],
  },
  // Create page: products table columns
  colProduct: { en: ['Product'], id: ['Produk'], vi: ['Sản phẩm'] },
  colPrice: { en: ['Price'], id: ['Harga'], vi: ['Giá'] },
  colStock: { en: ['Stock'], id: ['Stok'], vi: ['Kho hàng', 'Tồn kho'] },
  colOpenRate: {
    en: ['Standard commission rate', 'Open commission rate'],
    id: ['Tingkat komisi standar'],
    vi: ['Tỷ lệ hoa hồng tiêu chuẩn'],
  },
  colTargetRate: { en: ['Target commission', 'Commission rate'], id: ['Komisi target'], vi: ['Hoa hồng mục tiêu'] },
  colSampleOffer: { en: ['Sample offer'], id: ['Penawaran sampel'], vi: ['Ưu đãi mẫu'] },
  sampleFree: { en: ['Free sample'], id: ['Sampel gratis'], vi: ['Mẫu miễn phí'] },
  sampleRefund: {
    en: ['Refund on first sale'],
    id: ['Pengembalian dana pada penjualan pertama'],
    vi: ['Hoàn tiền khi bán lần đầu', 'Hoàn tiền khi bán được đơn đầu tiên'],
  },
  sampleNone: { en: ['None'], id: ['Tidak ada'], vi: ['Không', 'Không có'] },
  // Create page: flat fee
  flatFeeAmount: { en: ['Flat fee amount'], id: ['Jumlah biaya tetap'], vi: ['Số tiền phí cố định'] },
  videoReview: { en: ['Video review'], id: ['Peninjauan video', 'Tinjauan video'], vi: ['Duyệt video'] },
  reviewedByMe: { en: ['Reviewed by me'], id: ['Ditinjau oleh saya'], vi: ['Do tôi duyệt', 'Tôi duyệt'] },
  reviewedByPlatform: {
    en: ['Reviewed by TikTok Shop'],
    id: ['Ditinjau oleh TikTok Shop', 'Ditinjau oleh Tokopedia'],
    vi: ['Do TikTok Shop duyệt', 'TikTok Shop duyệt'],
  },
  adsAuthorization: {
    en: ['Authorize videos for ads'],
    id: ['Izinkan video untuk iklan'],
    vi: ['Cho phép dùng video cho quảng cáo'],
  },
  // Create page: footer and outcome
  discard: { en: ['Discard'], id: ['Buang'], vi: ['Hủy bỏ'] },
  send: { en: ['Send'], id: ['Kirim'], vi: ['Gửi'] },
  sentSuccess: { en: ['Collab invite sent!'], id: ['Undangan kolaborasi terkirim!'], vi: ['Đã gửi lời mời hợp tác!'] },
  duplicateInvitations: { en: ['Duplicate invitations'], id: ['Undangan sudah ada'], vi: ['Lời mời trùng lặp'] },
  // Find creators
  searchCreators: { en: ['Search creators'], id: ['Cari kreator'], vi: ['Tìm nhà sáng tạo', 'Tìm kiếm nhà sáng tạo'] },
  recommendationReason: { en: ['Recommendation reason'], id: ['Alasan rekomendasi'], vi: ['Lý do đề xuất'] },
  invite: { en: ['Invite'], id: ['Undang'], vi: ['Mời'] },
  colCreator: { en: ['Creator'], id: ['Kreator'], vi: ['Nhà sáng tạo'] },
  colGmv: { en: ['GMV'], id: ['GMV'], vi: ['GMV'] },
  colItemsSold: {
    en: ['Items sold', 'Units sold'],
    id: ['Item terjual', 'Barang terjual', 'Produk terjual'],
    vi: ['Sản phẩm đã bán', 'Số món đã bán'],
  },
  colAvgViews: {
    en: ['Avg. video views'],
    id: ['Rata-rata penayangan video', 'Rata-rata tayangan video'],
    vi: ['Lượt xem video TB', 'Lượt xem video trung bình'],
  },
  colEngagement: { en: ['Engagement rate'], id: ['Tingkat interaksi'], vi: ['Tỷ lệ tương tác'] },
  followersWord: { en: ['followers', 'follower'], id: ['pengikut'], vi: ['người theo dõi', 'follower'] },
  notInvited90: {
    en: ['Not invited in past 90 days'],
    id: ['Tidak diundang dalam 90 hari terakhir'],
    vi: ['Chưa mời trong 90 ngày qua'],
  },
  // Target collaboration list
  colName: { en: ['Name', 'Invitation name'], id: ['Nama', 'Nama undangan'], vi: ['Tên', 'Tên lời mời'] },
  colStatus: { en: ['Status'], id: ['Status'], vi: ['Trạng thái'] },
  colProducts: { en: ['Products'], id: ['Produk'], vi: ['Sản phẩm'] },
  colCreators: { en: ['Creators'], id: ['Kreator'], vi: ['Nhà sáng tạo'] },
  colValidUntil: {
    en: ['Valid until', 'End date'],
    id: ['Berlaku hingga', 'Tanggal berakhir'],
    vi: ['Có hiệu lực đến', 'Ngày kết thúc'],
  },
  view: { en: ['View', 'Details'], id: ['Lihat', 'Detail'], vi: ['Xem', 'Chi tiết'] },
} as const satisfies LabelTable;

export type LabelKey = keyof typeof LABELS;

/** Every text of a label in every language, for matching. */
export function labelTexts(key: LabelKey): string[] {
  const row = LABELS[key] as Record<Language, readonly string[]>;
  return LANGUAGES.flatMap((l) => row[l]);
}

/** Which label a text is, among candidates (case- and space-insensitive), or null. */
export function whichLabel<K extends LabelKey>(text: string, keys: readonly K[]): K | null {
  const t = norm(text);
  for (const k of keys) if (labelTexts(k).some((s) => norm(s) === t)) return k;
  return null;
}

export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

// Labels identical in two languages ("GMV", "Status") say nothing about the language.
function distinctive(lang: Language): string[] {
  const out: string[] = [];
  for (const row of Object.values(LABELS) as Array<Record<Language, readonly string[]>>) {
    for (const s of row[lang]) {
      const n = norm(s);
      if (LANGUAGES.every((l) => l === lang || !row[l].some((o) => norm(o) === n))) out.push(n);
    }
  }
  return out;
}

/** Per language, built once: the page's language is read again whenever the page changes. */
const DISTINCTIVE = new Map<Language, ReadonlySet<string>>();
function distinctiveSet(lang: Language): ReadonlySet<string> {
  let set = DISTINCTIVE.get(lang);
  if (!set) {
    set = new Set(distinctive(lang));
    DISTINCTIVE.set(lang, set);
  }
  return set;
}

const TEXT_HOLDERS = 'h1,h2,h3,h4,button,label,th,[role="tab"],.arco-collapse-item-header,.arco-form-item-label';

/**
 * The language the page is rendered in *now*: by counting visible label texts, then `<html lang>`,
 * then 'en'. Counting beats the lang attribute because the page may switch language late.
 */
export function detectLanguage(root: ParentNode): Language {
  // Only the first few hundred: on a long table the page holds tens of thousands, and copying them all
  // into an array to keep 400 costs more than the reading.
  const texts: string[] = [];
  const holders = root.querySelectorAll(TEXT_HOLDERS);
  for (let i = 0; i < holders.length && i < 400; i++) texts.push(norm(holders[i]?.textContent ?? ''));
  const fields = root.querySelectorAll('input[placeholder],textarea[placeholder]');
  for (let i = 0; i < fields.length && i < 100; i++) texts.push(norm(fields[i]?.getAttribute('placeholder') ?? ''));
  const score = (l: Language) => {
    const set = distinctiveSet(l);
    return texts.filter((t) => set.has(t)).length;
  };
  const scores = LANGUAGES.map((l) => [l, score(l)] as const);
  const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best[1] > 0 && scores.filter((s) => s[1] === best[1]).length === 1) return best[0];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const lang = (doc?.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('id') || lang.startsWith('in')) return 'id';
  if (lang.startsWith('vi')) return 'vi';
  return 'en';
}
