// 划转 (POST /units/{code}/move) and 撤销 (POST /units/{code}/abolish): each on its document, 撤销 confirmed.
import { post } from '../../api.js';
import { useForm, showOk, today, clean } from '../../ui.js';

const { watch } = Vue;

export const MoveForm = {
  props: { open: Boolean, unit: Object, parentName: String },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm({});
    watch(() => props.open, (o) => {
      if (o) form.reset({ parentCode: '', toTop: false, validFrom: today(), basisDocument: '' });
    }, { immediate: true });
    const close = () => emit('update:open', false);
    const submit = () => form.run(async (m) => {
      if (!form.check({ parentCode: !m.toTop && !m.parentCode && '请选择划转后的上级单位；若划转为顶级单位，请勾选下方选项' })) return;
      // the service reads a blank 批准文号 as missing and strips it
      const saved = await post('/units/' + encodeURIComponent(props.unit.code) + '/move', clean({
        parentCode: m.toTop ? null : m.parentCode, validFrom: m.validFrom, basisDocument: m.basisDocument }),
        undefined, { version: props.unit.version });
      showOk(`“${saved.name}”已划转`);
      emit('done', { unit: saved, oldParent: props.unit.parentCode || null });
      close();
    });
    return { form, close, submit };
  },
  template: `
    <a-modal destroy-on-close :open="open" title="划转（调整隶属关系）" :width="560" :mask-closable="false" @cancel="close">
      <div class="modal-body" data-test="move-unit-modal">
      <bz-form-error :form="form"></bz-form-error>
      <p>将 <strong>{{ unit.name }}</strong> 连同其下级单位，从
        <strong>{{ unit.parentCode ? (parentName || unit.parentCode) : '顶级' }}</strong> 划转到：</p>
      <a-form layout="vertical" @submit.prevent="submit">
        <bz-field :form="form" name="parentCode" label="新的上级单位" :required="!form.model.toTop">
          <bz-unit-select v-model:value="form.model.parentCode" :disabled="form.model.toTop" style="width: 100%"
                          data-test="move-parent-input"></bz-unit-select>
        </bz-field>
        <a-form-item>
          <a-checkbox v-model:checked="form.model.toTop" data-test="move-to-top">划转为顶级单位（无上级单位）</a-checkbox>
        </a-form-item>
        <div class="form-grid">
          <bz-field :form="form" name="validFrom" label="划转生效日期" required>
            <span class="bz-date-wrap" data-test="move-valid-from-input"><bz-date v-model:value="form.model.validFrom"></bz-date></span>
          </bz-field>
          <bz-field :form="form" name="basisDocument" label="批准文号（依据文件）" required class="doc-field"
                    extra="必填：调整隶属关系的机构编制文件">
            <a-input v-model:value="form.model.basisDocument" placeholder="如 青编〔2026〕8号" data-test="move-basis-input"></a-input>
          </bz-field>
        </div>
        <button type="submit" hidden></button>
      </a-form>
      </div>
      <template #footer>
        <a-button @click="close">取消</a-button>
        <a-button type="primary" :loading="form.busy" @click="submit" data-test="move-submit">划转</a-button>
      </template>
    </a-modal>`,
};

export const AbolishForm = {
  props: { open: Boolean, unit: Object },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const form = useForm({});
    watch(() => props.open, (o) => { if (o) form.reset({ abolishedOn: today(), basisDocument: '' }); }, { immediate: true });
    const close = () => emit('update:open', false);
    const submit = () => form.run(async (m) => {
      const saved = await post('/units/' + encodeURIComponent(props.unit.code) + '/abolish', clean(m), undefined,
        { version: props.unit.version });
      showOk(`“${saved.name}”已撤销`);
      emit('done', saved);
      close();
    });
    return { form, close, submit };
  },
  template: `
    <a-modal destroy-on-close :open="open" title="撤销单位" :width="520" :mask-closable="false" @cancel="close">
      <div class="modal-body" data-test="abolish-unit-modal">
      <bz-form-error :form="form"></bz-form-error>
      <a-alert type="warning" show-icon class="form-note"
               :message="'撤销“' + unit.name + '”后，该单位自撤销日期起不再存在，不能再进人或核定编制；其历史记录和人员记录保留。'"></a-alert>
      <a-form layout="vertical" @submit.prevent>
        <bz-field :form="form" name="abolishedOn" label="撤销日期" required>
          <span class="bz-date-wrap" data-test="abolish-date-input"><bz-date v-model:value="form.model.abolishedOn"></bz-date></span>
        </bz-field>
        <bz-field :form="form" name="basisDocument" label="批准文号（依据文件）" required class="doc-field"
                  extra="必填：撤销单位的机构编制文件">
          <a-input v-model:value="form.model.basisDocument" placeholder="如 青编〔2026〕8号" data-test="abolish-basis-input"></a-input>
        </bz-field>
      </a-form>
      </div>
      <template #footer>
        <a-button @click="close">取消</a-button>
        <a-popconfirm :title="'确定撤销“' + unit.name + '”？'" ok-text="确定撤销" cancel-text="再想想" @confirm="submit">
          <a-button type="primary" danger :loading="form.busy" data-test="abolish-submit">撤销单位</a-button>
        </a-popconfirm>
      </template>
    </a-modal>`,
};
