// The header of the selected unit: names, code, kind, level, parent, region, dates and the document of its state.
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { fmtDate, fmtTime } from '../../ui.js';

export default {
  /** parentName: null when the caller may not see the parent */
  props: { unit: Object, parentName: { type: String, default: '' } },
  setup() {
    return { href, label, fmtDate, fmtTime };
  },
  template: `
    <section class="unit-header" data-test="unit-header" :data-unit-code="unit.code">
      <div class="uh-title">
        <h2 class="uh-name" data-test="unit-name">{{ unit.name }}</h2>
        <a-tag :color="unit.kind === 'ORGAN' ? 'red' : 'blue'" data-test="unit-kind">{{ label('UnitKind', unit.kind) }}</a-tag>
        <a-tag v-if="unit.institutionClass">{{ label('InstitutionClass', unit.institutionClass) }}</a-tag>
        <a-tag>{{ label('AdministrativeLevel', unit.level) }}级</a-tag>
        <a-tag>{{ label('Funding', unit.funding) }}</a-tag>
        <a-tag v-if="unit.abolishedOn" color="default" class="uh-abolished" data-test="unit-abolished">
          已于 {{ fmtDate(unit.abolishedOn) }} 撤销</a-tag>
        <span class="uh-actions"><slot></slot></span>
      </div>
      <dl class="uh-facts">
        <div><dt>统一社会信用代码</dt><dd class="uh-code">{{ unit.code }}</dd></div>
        <div><dt>上级单位</dt><dd>
          <a v-if="unit.parentCode && parentName !== null" :href="href('/units', { code: unit.parentCode })" data-test="unit-parent">
            {{ parentName || unit.parentCode }}</a>
          <span v-else-if="unit.parentCode" data-test="unit-parent">{{ unit.parentCode }}</span>
          <span v-else class="muted">无（顶级单位）</span></dd></div>
        <div><dt>行政区划</dt><dd>{{ unit.regionCode }}</dd></div>
        <div><dt>简称</dt><dd>{{ unit.shortName || '—' }}</dd></div>
        <div><dt>别名</dt><dd>{{ unit.aliases && unit.aliases.length ? unit.aliases.join('、') : '—' }}</dd></div>
        <div><dt>设立日期</dt><dd>{{ fmtDate(unit.establishedOn) }}</dd></div>
        <div><dt>撤销日期</dt><dd>{{ unit.abolishedOn ? fmtDate(unit.abolishedOn) : '—' }}</dd></div>
        <div><dt>现状态自</dt><dd>{{ fmtDate(unit.stateValidFrom) }}
          <span v-if="unit.basisDocument" class="muted">（{{ unit.basisDocument }}）</span></dd></div>
      </dl>
    </section>`,
};
