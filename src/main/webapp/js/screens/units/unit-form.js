// 新设机构 (POST /units) and 变更 (PUT /units/{code}, from a date): one form for a unit's attributes.
import { post, put } from '../../api.js';
import { options } from '../../labels.js';
import { useForm, showOk, today } from '../../ui.js';

const { computed, watch } = Vue;

const splitAliases = (text) => (text || '').split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean);

export default {
  props: {
    open: Boolean,
    /** 'create' or 'change' */
    mode: String,
    /** the selected unit: the default parent of a new unit, or the unit to change */
    unit: Object,
  },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm({});
    const isCreate = computed(() => props.mode === 'create');
    const fill = () => {
      const u = props.unit;
      if (isCreate.value) {
        form.reset({ code: '', name: '', shortName: '', aliases: '', kind: 'ORGAN', institutionClass: undefined,
          parentCode: u && !u.abolishedOn ? u.code : '', regionCode: u ? u.regionCode : '', level: u ? u.level : 'COUNTY',
          funding: 'FULL', validFrom: today(), basisDocument: '' });
      } else if (u) {
        form.reset({ name: u.name, shortName: u.shortName || '', aliases: (u.aliases || []).join('、'), kind: u.kind,
          institutionClass: u.institutionClass || undefined, regionCode: u.regionCode, level: u.level, funding: u.funding,
          validFrom: today(), basisDocument: '' });
      }
    };
    watch(() => props.open, (o) => { if (o) fill(); }, { immediate: true });
    watch(() => form.model.kind, (k) => { if (k === 'ORGAN') form.model.institutionClass = undefined; });

    /** the bz-unit-select shows a preset parent by its code: say its name */
    const parentHint = computed(() => {
      const u = props.unit;
      if (!form.model.parentCode) return '不填则为顶级单位';
      return u && form.model.parentCode === u.code ? `即“${u.name}”` : '';
    });
    const close = () => emit('update:open', false);
    const submit = () => form.run(async (m) => {
      const body = { name: m.name, shortName: m.shortName || null, aliases: splitAliases(m.aliases), kind: m.kind,
        institutionClass: m.kind === 'INSTITUTION' ? (m.institutionClass || null) : null, regionCode: m.regionCode,
        level: m.level, funding: m.funding, validFrom: m.validFrom || null, basisDocument: (m.basisDocument || '').trim() || null };
      let saved;
      if (isCreate.value) {
        // the service accepts a new unit without a document; the office does not: ask for it before sending
        if (!body.basisDocument) {
          const errors = { basisDocument: '请填写设立单位的批准文号，如“青编〔2026〕8号”' };
          if (!(m.code || '').trim()) errors.code = '请填写 18 位统一社会信用代码';
          if (!body.name) errors.name = '请填写单位名称';
          if (body.kind === 'INSTITUTION' && !body.institutionClass) errors.institutionClass = '事业单位必须填写事业单位类别';
          form.check(errors, '设立单位必须有批准文件：请填写批准文号' + (Object.keys(errors).length > 1 ? '，并补全标出的各项' : ''));
          return;
        }
        saved = await post('/units', { ...body, code: (m.code || '').trim().toUpperCase(), parentCode: m.parentCode || null });
        showOk(`已设立“${saved.name}”`);
      } else {
        saved = await put('/units/' + encodeURIComponent(props.unit.code), body, { version: props.unit.version });
        showOk(`已登记“${saved.name}”自 ${m.validFrom} 起的变更`);
      }
      emit('done', saved);
      close();
    });
    return { form, isCreate, submit, close, options, parentHint };
  },
  template: `
    <a-modal destroy-on-close :open="open" :title="isCreate ? '新设机构' : '变更单位信息'" :width="800" :style="{ top: '32px' }" :mask-closable="false"
             @cancel="close">
      <div class="modal-body" :data-test="isCreate ? 'create-unit-modal' : 'change-unit-modal'">
      <bz-form-error :form="form"></bz-form-error>
      <a-alert v-if="!isCreate" type="info" show-icon class="form-note"
               message="变更自“生效日期”起有效，此前的状态保留在沿革中。调整上级单位请用“划转”。"></a-alert>
      <a-form layout="vertical" class="unit-form" @submit.prevent="submit">
        <div class="form-grid form-grid-3">
          <bz-field v-if="isCreate" :form="form" name="code" label="统一社会信用代码" required>
            <a-input v-model:value="form.model.code" :maxlength="18" placeholder="18 位" data-test="unit-code-input"></a-input>
          </bz-field>
          <bz-field :form="form" name="name" label="单位名称" required :class="isCreate ? 'span-2' : 'span-3'">
            <a-input v-model:value="form.model.name" :maxlength="100" data-test="unit-name-input"></a-input>
          </bz-field>
          <bz-field :form="form" name="shortName" label="简称">
            <a-input v-model:value="form.model.shortName" data-test="unit-short-name-input"></a-input>
          </bz-field>
          <bz-field :form="form" name="aliases" label="别名（多个用“、”分隔）" class="span-2">
            <a-input v-model:value="form.model.aliases" data-test="unit-aliases-input"></a-input>
          </bz-field>
          <bz-field :form="form" name="kind" label="机构类型" required>
            <a-select v-model:value="form.model.kind" :options="options('UnitKind')" data-test="unit-kind-input"></a-select>
          </bz-field>
          <bz-field :form="form" name="institutionClass" label="事业单位类别" :required="form.model.kind === 'INSTITUTION'">
            <a-select v-model:value="form.model.institutionClass" :options="options('InstitutionClass')" allow-clear
                      :disabled="form.model.kind !== 'INSTITUTION'" :placeholder="form.model.kind === 'INSTITUTION' ? '请选择' : '机关不填'"
                      data-test="unit-class-input"></a-select>
          </bz-field>
          <bz-field :form="form" name="level" label="层级" required>
            <a-select v-model:value="form.model.level" :options="options('AdministrativeLevel')" data-test="unit-level-input"></a-select>
          </bz-field>
          <bz-field v-if="isCreate" :form="form" name="parentCode" label="上级单位（主管部门）" class="span-2" :extra="parentHint">
            <bz-unit-select v-model:value="form.model.parentCode" data-test="unit-parent-input" style="width: 100%"></bz-unit-select>
          </bz-field>
          <bz-field :form="form" name="regionCode" label="行政区划代码" required>
            <a-input v-model:value="form.model.regionCode" :maxlength="6" placeholder="6 位数字" data-test="unit-region-input"></a-input>
          </bz-field>
          <bz-field :form="form" name="funding" label="经费形式" required>
            <a-select v-model:value="form.model.funding" :options="options('Funding')" data-test="unit-funding-input"></a-select>
          </bz-field>
          <bz-field :form="form" name="validFrom" :label="isCreate ? '设立日期' : '变更生效日期'" required>
            <span class="bz-date-wrap" data-test="unit-valid-from-input"><bz-date v-model:value="form.model.validFrom"></bz-date></span>
          </bz-field>
          <bz-field :form="form" name="basisDocument" label="批准文号（依据文件）" required class="span-3 doc-field"
                    :extra="'必填：' + (isCreate ? '设立' : '变更') + '所依据的机构编制文件，如“青编〔2026〕8号”'">
            <a-input v-model:value="form.model.basisDocument" placeholder="如 青编〔2026〕8号" data-test="unit-basis-input"></a-input>
          </bz-field>
        </div>
        <button type="submit" hidden></button>
      </a-form>
      </div>
      <template #footer>
        <a-button @click="close">取消</a-button>
        <a-button type="primary" :loading="form.busy" @click="submit" data-test="unit-form-submit">
          {{ isCreate ? '设立' : '保存变更' }}</a-button>
      </template>
    </a-modal>`,
};
