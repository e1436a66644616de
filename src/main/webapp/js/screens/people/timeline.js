// 履历: a person's occupancies (占编), postings (在岗/借调/挂职) and appointments (任职) on one time line,
// the most recent first, each with its document and, for the roles that may, the action that ends it.
import { label } from '../../labels.js';
import { can } from '../../session.js';
import { fmtDate, fmtTime, today } from '../../ui.js';
import { unitHref, noticeHref, period, isOpen } from './common.js';

const { computed } = Vue;

const ARRANGEMENT_COLOR = { REGULAR: 'blue', SECONDMENT: 'orange', TEMPORARY_ASSIGNMENT: 'purple' };

export default {
  props: { dossier: Object },
  emits: ['end-posting', 'end-appointment'],
  setup(props) {
    const now = today();
    const items = computed(() => {
      const d = props.dossier || {};
      const all = [
        ...(d.occupancies || []).map((o) => ({ key: 'o' + o.id, type: 'occupancy', tag: '占编', color: 'red', r: o })),
        ...(d.postings || []).map((p) => ({ key: 'p' + p.id, type: 'posting', tag: label('Arrangement', p.arrangement),
          color: ARRANGEMENT_COLOR[p.arrangement] || 'blue', r: p })),
        ...(d.appointments || []).map((a) => ({ key: 'a' + a.id, type: 'appointment', tag: '任职', color: 'green', r: a })),
      ];
      for (const i of all) i.open = isOpen(i.r.validTo, now);
      // most recent first; on the same day 占编 before 岗位 before 任职
      const order = { occupancy: 0, posting: 1, appointment: 2 };
      return all.sort((a, b) => String(b.r.validFrom).localeCompare(String(a.r.validFrom)) || order[a.type] - order[b.type]);
    });
    const overdue = (p) => p.arrangement === 'SECONDMENT' && p.secondmentEnd && isOpen(p.validTo, now) && String(p.secondmentEnd) < now;
    return { items, label, fmtDate, fmtTime, unitHref, noticeHref, period, overdue,
      canEnd: can('OFFICE', 'UNIT_CLERK') };
  },
  template: `
    <div class="person-timeline" data-test="person-timeline">
      <a-empty v-if="!items.length" description="尚无占编、岗位或任职记录"></a-empty>
      <a-timeline v-else>
        <a-timeline-item v-for="i in items" :key="i.key" :color="i.open ? i.color : 'gray'"
                         :data-test="'timeline-' + i.type" :data-id="i.r.id">
          <div class="tl-head">
            <a-tag :color="i.color">{{ i.tag }}</a-tag>
            <span class="tl-period">{{ period(i.r.validFrom, i.r.validTo) }}</span>
            <a :href="unitHref(i.r.unitCode)" class="tl-unit">{{ i.r.unitName || i.r.unitCode }}</a>
            <template v-if="i.type === 'occupancy'"><span class="tl-what">{{ label('QuotaType', i.r.quotaType) }}</span></template>
            <template v-else-if="i.type === 'posting'"><span class="tl-what">{{ label('PostType', i.r.postType) }}</span></template>
            <template v-else><span class="tl-what">{{ label('LeadershipCategory', i.r.category) }}</span></template>
            <a-tag v-if="!i.open" class="tl-ended">已结束</a-tag>
            <span class="tl-actions" v-if="canEnd && i.open">
              <a-button v-if="i.type === 'posting'" size="small" data-test="end-posting"
                        @click="$emit('end-posting', i.r)">结束岗位</a-button>
              <a-button v-if="i.type === 'appointment'" size="small" data-test="end-appointment"
                        @click="$emit('end-appointment', i.r)">免职</a-button>
            </span>
          </div>
          <dl class="tl-facts">
            <template v-if="i.type === 'occupancy'">
              <div><dt>入编方式</dt><dd>{{ label('EntryRoute', i.r.entryRoute) || '未登记' }}</dd></div>
              <div><dt>增人通知单</dt><dd>
                <a v-if="i.r.increaseNoticeNumber" :href="noticeHref(i.r.increaseNoticeNumber)">{{ i.r.increaseNoticeNumber }}</a>
                <span v-else class="num-over">无</span></dd></div>
              <div v-if="i.r.validTo"><dt>出编原因</dt><dd>{{ label('ExitReason', i.r.exitReason) || '未登记' }}</dd></div>
              <div v-if="i.r.validTo || i.r.decreaseNoticeNumber"><dt>减人通知单</dt><dd>
                <a v-if="i.r.decreaseNoticeNumber" :href="noticeHref(i.r.decreaseNoticeNumber)">{{ i.r.decreaseNoticeNumber }}</a>
                <span v-else class="muted">无</span></dd></div>
              <div v-if="i.r.overrideReason"><dt>超编进人理由</dt><dd class="num-over">{{ i.r.overrideReason }}</dd></div>
            </template>
            <template v-if="i.type === 'posting' && i.r.arrangement === 'SECONDMENT'">
              <div><dt>借调截止</dt><dd :class="{ 'num-over': overdue(i.r) }">{{ fmtDate(i.r.secondmentEnd) }}{{ overdue(i.r) ? '（已超期）' : '' }}</dd></div>
              <div><dt>借调批准文件</dt><dd>{{ i.r.approvalDocument || '未登记' }}</dd></div>
            </template>
            <template v-if="i.type === 'posting' && i.r.arrangement !== 'SECONDMENT' && i.r.approvalDocument">
              <div><dt>批准文件</dt><dd>{{ i.r.approvalDocument }}</dd></div>
            </template>
            <div><dt>依据</dt><dd>{{ i.r.basisDocument || '—' }}</dd></div>
            <div class="muted"><dt>登记</dt><dd>{{ i.r.recordedBy }} {{ fmtTime(i.r.recordedAt) }}</dd></div>
          </dl>
        </a-timeline-item>
      </a-timeline>
    </div>`,
};
