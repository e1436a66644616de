// Pieces shared by the people and control screens: links, periods and a modal that holds a form.
import { href } from '../../router.js';
import { fmtDate } from '../../ui.js';

export const unitHref = (code) => href('/units', { code });
export const personHref = (id) => href('/people/' + id);
export const noticeHref = (number) => href('/control', { notice: number });

/** "2019-03-01 起" or "2019-03-01 至 2024-07-01" as the API gives the dates (the end date is exclusive). */
export function period(from, to) {
  return to ? `${fmtDate(from)} 至 ${fmtDate(to)}` : `${fmtDate(from)} 起至今`;
}

/** Whether a record with this end date is still in force today (the API's end dates are exclusive). */
export function isOpen(validTo, today) {
  return !validTo || String(validTo) > today;
}

/**
 * A form in a modal: the form's fields go in the default slot; the footer has 取消 and the submit button
 * (data-test `${test}-submit`). The modal is not closed by a refused submission, so nothing typed is lost.
 */
export const FormModal = {
  props: { open: Boolean, title: String, form: Object, okText: { type: String, default: '提交' },
    test: String, submitTest: String, width: { type: [Number, String], default: 560 }, danger: Boolean },
  emits: ['update:open', 'ok'],
  template: `
    <a-modal :open="open" :title="title" :width="width" :mask-closable="false" destroy-on-close
             @cancel="$emit('update:open', false)">
      <div :data-test="test">
        <bz-form-error :form="form"></bz-form-error>
        <a-form layout="vertical" @submit.prevent="$emit('ok')">
          <slot></slot>
          <button type="submit" hidden></button>
        </a-form>
      </div>
      <template #footer>
        <a-button @click="$emit('update:open', false)">取消</a-button>
        <a-button type="primary" :danger="danger" :loading="form && form.busy" :data-test="submitTest || test + '-submit'"
                  @click="$emit('ok')">{{ okText }}</a-button>
      </template>
    </a-modal>`,
};

/** A copy of a form model without empty strings (the API reads "" as a value). */
export function clean(model) {
  const out = {};
  for (const [k, v] of Object.entries(model)) {
    if (v === '' || v === undefined) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? clean(v) : v;
  }
  return out;
}

export const PEOPLE_COMPONENTS = { 'form-modal': FormModal };
