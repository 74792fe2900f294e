// The page's texts in each language, and the formats of its numbers and dates. The language comes from the cookie
// `lang` (zh-CN or en), which the header's switch sets and the server's pages read too; Simplified Chinese by default.
export const MESSAGES = {
  'zh-CN': {
    title: '联盟台账', view: '视图', zone: '园区', alliance: '联盟', byAlliance: '— 按联盟查看 —', asOf: '截至', today: '今天',
    language: '语言', signOut: '退出登录', live: '实时', connecting: '连接中', reconnecting: '重新连接中',
    liveTitle: '读模型的实时更新', polling: '每 {s} 秒刷新', couldNotLoad: '无法加载：{m}', noAlliance: '尚未成立任何联盟',
    noZone: '尚未设立园区', skip: '跳到主要内容',
    industryChain: '产业链', region: '地区', founded: '成立日期', leadingBodies: '牵头单位', voting: '表决规则',
    votingValue: '{rule}，法定人数 {quorum}', chairTerm: '轮值任期', months: '{n} 个月', voteWindow: '表决期限',
    days: '{n} 天', deals: '交易', version: '版本', members: '成员', memberCount: '{n} 家', asOfDay: '截至 {d}',
    SIMPLE_MAJORITY: '简单多数', TWO_THIRDS: '三分之二多数', UNANIMOUS: '全体一致',
    chair: '轮值主席', noChair: '该日无轮值主席。', since: '自 {d} 起；任期至 {e}', rotation: '轮值计划',
    previous: '上一任', current: '本任', next: '下一任', nextSince: '{d} 起', noPlan: '尚无轮值计划。',
    planOrder: '轮值顺序', history: '轮值记录', now: '至今', overdue: '逾期', plannedOn: '{d} 制定',
    name: '名称', memberSince: '入盟日期', admittedBy: '加入方式', VOTE: '表决', FOUNDING: '发起',
    noMembers: '该日无成员。', suspended: '暂停',
    applications: '待表决申请', nowTag: '当前', noApplications: '当前没有进行中的表决。',
    tally: '赞成 {for} · 反对 {against} · 弃权 {abstain}，共 {eligible} 名表决人', filed: '{d} 提交',
    windowEnds: '表决截止 {d}',
    recentDeals: '近期交易', signed: '签订日期', fromTo: '甲方 → 乙方', kind: '类型', subject: '标的',
    noDeals: '暂无交易', chains: '合作链条', chainsHint: '上游在左；每列为一个层级', noChains: '成员之间尚无交易。',
    meetings: '联席会议', lastMeeting: '上次会议', nextMeeting: '下次会议', noMeetingHeld: '尚未召开联席会议。',
    noMeetingScheduled: '尚未安排下次会议。', dueOn: '应于 {d} 前召开', host: '主持：{n}', every: '每 {n} 个月一次',
    partners: '共建部门与指导员', departments: '共建部门', instructors: '指导员', uncovered: '未覆盖成员',
    noDepartments: '尚无共建部门。', noInstructors: '尚无指导员。', noUncovered: '每家成员都有指导员服务。',
    department: '部门', joinedOn: '加入日期', serves: '服务成员', appointedOn: '任命日期',
    problems: '问题台账', raised: '提出', resolved: '已办结', open: '未办结', overdueCount: '逾期',
    medianDays: '办结中位天数', averageRating: '平均评分', byDepartment: '按部门', assigned: '交办',
    noProblems: '尚无问题。', noDepartmentProblems: '尚无交办到部门的问题。', openProblems: '未办结问题',
    noOpenProblems: '没有未办结的问题。', dueOnShort: '期限 {d}',
    OPEN: '待交办', ASSIGNED: '已交办', RESOLVED: '已办结', CLOSED: '已关闭',
    figures: '经营数据', figuresYear: '{y} 年', revenueTotal: '营业收入合计', likeForLike: '同口径增长',
    reporting: '家成员填报，其中 {n} 家两年均有', confidential: '保密', noFigures: '尚无填报的经营数据。',
    revenue: '营业收入', growth: '增长', previousYear: '上年', revenueByYear: '各成员历年营业收入及合计',
    growthChart: '{y} 年增长（同口径及各成员）', total: '合计', billionClub: '十亿俱乐部',
    zoneSummary: '园区概况', committee: '党工委', alliances: '联盟', enterprises: '企业（去重）',
    noAlliances: '园区尚无联盟。', joinedZone: '加入园区', chairName: '轮值主席', zoneProblems: '问题（按状态）',
    zoneFigures: '园区经营数据', inAlliances: '所在联盟', noEnterprises: '尚无企业。',
    membersServed: '服务成员数', allianceCount: '{n} 个联盟', activities: '活动',
  },
  en: {
    title: 'Alliance Ledger', view: 'View', zone: 'Zone', alliance: 'Alliance', byAlliance: '— by alliance —', asOf: 'As of',
    today: 'Today', language: 'Language', signOut: 'Sign out', live: 'live', connecting: 'connecting',
    reconnecting: 'reconnecting', liveTitle: 'Live updates from the read models', polling: 'refreshes every {s} s',
    couldNotLoad: 'Could not load: {m}', noAlliance: 'No alliance has been founded yet', noZone: 'No zone yet',
    skip: 'Skip to the main content',
    industryChain: 'Industry chain', region: 'Region', founded: 'Founded', leadingBodies: 'Leading bodies',
    voting: 'Voting', votingValue: '{rule}, quorum {quorum}', chairTerm: 'Chair term', months: '{n} months',
    voteWindow: 'Vote window', days: '{n} days', deals: 'Deals', version: 'Version', members: 'Members',
    memberCount: '{n}', asOfDay: 'as of {d}',
    SIMPLE_MAJORITY: 'simple majority', TWO_THIRDS: 'two-thirds majority', UNANIMOUS: 'unanimous',
    chair: 'Chair', noChair: 'No chair on this date.', since: 'Since {d}; term ends {e}', rotation: 'Rotation plan',
    previous: 'Previous', current: 'Current', next: 'Next', nextSince: 'from {d}', noPlan: 'No rotation plan yet.',
    planOrder: 'Order', history: 'Rotation history', now: 'now', overdue: 'overdue', plannedOn: 'planned {d}',
    name: 'Name', memberSince: 'Member since', admittedBy: 'Admitted by', VOTE: 'vote', FOUNDING: 'founding',
    noMembers: 'No members on this date.', suspended: 'suspended',
    applications: 'Open applications', nowTag: 'now', noApplications: 'No vote is open.',
    tally: 'for {for} · against {against} · abstain {abstain} of {eligible} electors', filed: 'filed {d}',
    windowEnds: 'window ends {d}',
    recentDeals: 'Recent deals', signed: 'Signed', fromTo: 'From → to', kind: 'Kind', subject: 'Subject',
    noDeals: 'No deals yet', chains: 'Cooperation chains', chainsHint: 'upstream on the left; each column is a tier',
    noChains: 'No deals link members yet.',
    meetings: 'Joint meetings', lastMeeting: 'Last meeting', nextMeeting: 'Next meeting',
    noMeetingHeld: 'No joint meeting held yet.', noMeetingScheduled: 'No next meeting scheduled.',
    dueOn: 'due by {d}', host: 'hosted by {n}', every: 'every {n} months',
    partners: 'Partner departments and instructors', departments: 'Partner departments', instructors: 'Instructors',
    uncovered: 'Uncovered members', noDepartments: 'No partner department yet.', noInstructors: 'No instructor yet.',
    noUncovered: 'An instructor serves every member.', department: 'Department', joinedOn: 'Joined',
    serves: 'Serves', appointedOn: 'Appointed',
    problems: 'Problem ledger', raised: 'Raised', resolved: 'Resolved', open: 'Open', overdueCount: 'Overdue',
    medianDays: 'Median days to resolve', averageRating: 'Average rating', byDepartment: 'By department',
    assigned: 'Assigned', noProblems: 'No problems yet.', noDepartmentProblems: 'No problem assigned to a department yet.',
    openProblems: 'Open problems', noOpenProblems: 'No open problem.', dueOnShort: 'due {d}',
    OPEN: 'open', ASSIGNED: 'assigned', RESOLVED: 'resolved', CLOSED: 'closed',
    figures: 'Figures', figuresYear: '{y}', revenueTotal: 'Revenue total', likeForLike: 'Growth like for like',
    reporting: 'members reporting, {n} of them both years', confidential: 'confidential',
    noFigures: 'No figures reported yet.', revenue: 'Revenue', growth: 'Growth', previousYear: 'Previous year',
    revenueByYear: 'Revenue by year per member and the total', growthChart: 'Growth in {y} (like for like and per member)',
    total: 'Total', billionClub: 'Billion club',
    zoneSummary: 'Zone', committee: 'Committee', alliances: 'Alliances', enterprises: 'Enterprises (distinct)',
    noAlliances: 'No alliance in this zone yet.', joinedZone: 'Joined', chairName: 'Chair',
    zoneProblems: 'Problems by status', zoneFigures: 'Zone figures', inAlliances: 'Alliances',
    noEnterprises: 'No enterprise yet.', membersServed: 'Members served', allianceCount: '{n} alliance(s)', activities: 'Activities',
  },
};

export const KINDS = {
  'zh-CN': { SUPPLY: '供货', DISTRIBUTION: '分销', LONG_TERM_AGREEMENT: '长期协议', LABOR_SHARING: '用工共享',
             TECHNICAL_SERVICE: '技术服务', OTHER: '其他' },
  en: { SUPPLY: 'supply', DISTRIBUTION: 'distribution', LONG_TERM_AGREEMENT: 'long-term agreement',
        LABOR_SHARING: 'labour sharing', TECHNICAL_SERVICE: 'technical service', OTHER: 'other' },
};

const LANGUAGES = Object.keys(MESSAGES);

export function language() {
  const cookie = document.cookie.split('; ').find(part => part.startsWith('lang='))?.slice(5);
  return LANGUAGES.includes(cookie) ? cookie : 'zh-CN';
}

/** Kept a year, for this site only; the server's pages and problem titles follow the same cookie. */
export function chooseLanguage(lang) {
  document.cookie = `lang=${lang}; path=/; max-age=31536000; SameSite=Strict`;
}

/** The text of a key in the page's language, with {name} filled in. */
export function t(key, values = {}) {
  const text = MESSAGES[language()][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

export const kindName = kind => KINDS[language()][kind] ?? kind;

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A business day (yyyy-mm-dd, or the start of a timestamp): 2023年1月11日, or 11 Jan 2023. */
export function day(value) {
  if (!value) return '—';
  const [year, month, date] = value.slice(0, 10).split('-').map(Number);
  return language() === 'en' ? `${date} ${EN_MONTHS[month - 1]} ${year}` : `${year}年${month}月${date}日`;
}

const trim = text => text.replace(/\.?0+$/, '');

/** An amount in CNY: 89.13 亿元 / 1,120 万元, or 8.913 billion CNY. Null stays null: the caller says why. */
export function cny(value) {
  if (value === null || value === undefined) return null;
  const amount = Number(value);
  if (language() === 'en') {
    if (Math.abs(amount) >= 1e9) return `${trim((amount / 1e9).toFixed(3))} billion CNY`;
    if (Math.abs(amount) >= 1e6) return `${trim((amount / 1e6).toFixed(2))} million CNY`;
    return `${amount.toLocaleString('en')} CNY`;
  }
  if (Math.abs(amount) >= 1e8) return `${(amount / 1e8).toFixed(2)} 亿元`;
  if (Math.abs(amount) >= 1e4) return `${trim((amount / 1e4).toFixed(2))} 万元`;
  return `${amount.toLocaleString('zh-CN')} 元`;
}

/** A growth in percent as the API rounds it: +12.20%. */
export function percent(value) {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return `${number > 0 ? '+' : ''}${number.toFixed(2)}%`;
}

export const count = value => Number(value ?? 0).toLocaleString(language() === 'en' ? 'en' : 'zh-CN');
