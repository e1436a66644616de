// Pieces shared by the people and control screens: links, periods, a modal that holds a form, and the
// prominent quota-control refusal (409), and a stale version (409, or 412 on If-Match).
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
        <bz-form-error v-if="!(form && [409, 412].includes(form.status))" :form="form"></bz-form-error>
        <quota-refusal :form="form"></quota-refusal>
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

/**
 * The API refused with 409 (no vacant slot, a decided plan, a person already occupying a quota…): the
 * reason is shown large, because the clerk must act on it (find a plan, end an occupancy, ask an admin).
 */
export const QuotaRefusal = {
  props: { form: Object },
  template: `
    <a-alert v-if="form && [409, 412].includes(form.status) && form.message" type="error" show-icon class="quota-refusal"
             role="alert" data-test="conflict" :message="title" :description="text"></a-alert>`,
  computed: {
    // the service names the request fields it means; the clerk knows them by the labels of the form
    text() {
      return String(this.form.message || '').replace(/\s*staffingPlanId\s*/g, '“用编计划”')
        .replace(/\s*overrideReason\s*/g, '“超编进人理由”');
    },
    title() {
      const c = this.form && this.form.code;
      return c === 'no-vacancy' ? '没有可用的空编' : c === 'stale-version' ? '信息已被他人修改' : '无法办理';
    },
  },
};

/**
 * form.submit that also remembers the HTTP status of a refusal on the form (form.status), so a 409 can be
 * shown as a quota-control refusal. Answers the API's answer, or undefined when refused.
 */
export async function submitForm(form, fn) {
  form.status = 0;
  form.code = '';
  try {
    return await form.submit(fn);
  } catch (e) {
    form.status = e && e.status || 0;
    form.code = e && e.code || '';
    return undefined;
  }
}

/** A copy of a form model without empty strings (the API reads "" as a value). */
export function clean(model) {
  const out = {};
  for (const [k, v] of Object.entries(model)) {
    if (v === '' || v === undefined) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? clean(v) : v;
  }
  return out;
}

FormModal.components = { 'quota-refusal': QuotaRefusal };

export const PEOPLE_COMPONENTS = { 'form-modal': FormModal, 'quota-refusal': QuotaRefusal };
