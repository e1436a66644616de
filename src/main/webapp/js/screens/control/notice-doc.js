// A notice as the A4 document the office hands out (机构编制实名制增人通知单 / 减人通知单), printed with
// printHtml (css/print.css) and shown on screen at #/control?notice=<number>.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { printHtml, fmtDate, fmtTime } from '../../ui.js';
import { label } from '../../labels.js';
import { unitHref, personHref } from '../people/common.js';

const { ref, watch } = Vue;

// The API does not name the issuing office; the rectification notice of the audit signs the same way.
const ISSUER = '机构编制委员会办公室';

const esc = (v) => String(v == null ? '' : v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

/** 2026-11-23 → 2026年11月23日 */
function cnDate(d) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(d || ''));
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

export function noticeTitle(n) {
  return n.kind === 'DECREASE' ? '机构编制实名制减人通知单' : '机构编制实名制增人通知单';
}

/** The HTML of the notice (a fragment; every value escaped). */
export function noticeHtml(n) {
  const increase = n.kind !== 'DECREASE';
  const rows = [
    ['单位名称', n.unitName],
    ['统一社会信用代码', n.unitCode],
    ['姓名', n.personName],
    ['公民身份号码', n.idNumber],
    ['编制类型', label('QuotaType', n.quotaType)],
  ];
  if (increase) {
    rows.push(['入编日期', fmtDate(n.effectiveDate)], ['入编方式', label('EntryRoute', n.entryRoute)]);
    if (n.staffingPlanId) rows.push(['用编计划', `第 ${n.staffingPlanId} 号（已核准）`]);
    if (n.overrideReason) rows.push(['超编进人理由', n.overrideReason]);
  } else {
    rows.push(['出编日期', fmtDate(n.effectiveDate)], ['出编原因', label('ExitReason', n.exitReason)]);
  }
  const body = increase
    ? `经审核，同意下列人员自入编日期起占用${esc(n.unitName)}${esc(label('QuotaType', n.quotaType))}。`
    : `经审核，下列人员自出编日期起不再占用${esc(n.unitName)}${esc(label('QuotaType', n.quotaType))}，该编制随即空出。`;
  const note = increase
    ? '本通知单是办理进编、工资核定和社会保险等手续的依据，一人一单，请妥善保管。'
    : '本通知单是办理出编、停发工资和社会保险转移等手续的依据，一人一单，请妥善保管。';
  return `<h1>${esc(noticeTitle(n))}</h1>
<div class="doc-number">编号：${esc(n.number)}</div>
<p>${esc(n.unitName)}：</p>
<p>${body}</p>
<table>${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v) || '&nbsp;'}</td></tr>`).join('')}</table>
<div class="signature">
  开具单位：${ISSUER}（盖章）<br>
  经办人：${esc(n.issuedBy)}　　　　审核人：__________<br>
  开具日期：${esc(cnDate(n.issuedOn))}<br>
  单位经办人签收：__________　　签收日期：______年____月____日
</div>
<p class="note">注：${note}</p>`;
}

export function printNotice(n) {
  printHtml(noticeHtml(n), `${noticeTitle(n)} ${n.number}`);
}

/** The notice on screen, with 打印; loads GET /notices/{number}. */
export const NoticeView = {
  props: { number: String },
  setup(props) {
    const notice = ref(null);
    const failure = ref(null);
    const load = async () => {
      notice.value = null;
      failure.value = null;
      try {
        notice.value = await get('/notices/' + encodeURIComponent(props.number));
      } catch (e) {
        failure.value = e;
      }
    };
    watch(() => props.number, load, { immediate: true });
    return { notice, failure, noticeHtml, printNotice, href, unitHref, personHref, fmtTime };
  },
  template: `
    <div class="notice-view">
      <div class="notice-toolbar">
        <a :href="href('/control', { tab: 'notices' })">← 返回通知单列表</a>
        <span class="toolbar-gap"></span>
        <template v-if="notice">
          <a :href="personHref(notice.personId)">人员档案：{{ notice.personName }}</a>
          <a :href="unitHref(notice.unitCode)">单位：{{ notice.unitName }}</a>
          <a-button type="primary" data-test="notice-print" @click="printNotice(notice)">打印</a-button>
        </template>
      </div>
      <a-result v-if="failure" :status="failure.status === 404 ? '404' : 'error'"
                :title="failure.status === 404 ? '未找到通知单 ' + number : '通知单加载失败'" :sub-title="failure.message"></a-result>
      <a-spin v-else-if="!notice" class="page-spin"></a-spin>
      <template v-else>
        <a-alert type="info" show-icon class="issued-banner">
          <template #message>
            {{ notice.kind === 'DECREASE' ? '减人通知单' : '增人通知单' }}
            <span class="notice-number-big" data-test="notice-number">{{ notice.number }}</span>
            <span class="muted">　{{ notice.issuedBy }} 开具于 {{ fmtTime(notice.issuedAt) }}</span>
          </template>
        </a-alert>
        <div class="notice-paper" data-test="notice-paper" v-html="noticeHtml(notice)"></div>
      </template>
    </div>`,
};
