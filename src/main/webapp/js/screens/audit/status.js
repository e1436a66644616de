// 稽核状态 (GET /audit/status, OFFICE and INSPECTOR), shown small, and 全面稽核 (POST /audit/evaluations, OFFICE,
// after a confirmation): normally unneeded, every change is re-evaluated within a second.
import { get, post } from '../../api.js';
import { can } from '../../session.js';
import { showError, showOk } from '../../ui.js';

const { ref, onMounted } = Vue;

function seconds(ms) {
  if (ms == null) return '';
  return ms < 1000 ? ms + ' 毫秒' : (ms / 1000).toFixed(1) + ' 秒';
}

export default {
  emits: ['evaluated'],
  setup(props, { emit }) {
    const status = ref(null);
    const running = ref(false);
    const canSee = can('OFFICE', 'INSPECTOR');
    const canRun = can('OFFICE');
    const load = async () => {
      if (!canSee) return;
      try { status.value = await get('/audit/status'); } catch (e) { status.value = null; }
    };
    const evaluate = async () => {
      running.value = true;
      try {
        const o = await post('/audit/evaluations');
        showOk(`全面稽核完成${o.peopleAndUnits >= 0 ? `：检查 ${o.peopleAndUnits} 个单位和人员` : ''}，发现问题 ${o.violations} 条，用时 ${seconds(o.millis)}`);
        emit('evaluated');
        await load();
      } catch (e) {
        showError(e);
      } finally {
        running.value = false;
      }
    };
    onMounted(load);
    return { status, running, canSee, canRun, evaluate, load, seconds };
  },
  template: `
  <div v-if="canSee" class="audit-status" data-test="audit-status">
    <span v-if="status" class="muted small">
      待复查变更 {{ status.queued }} 项<template v-if="status.lastFull">；最近全面稽核 {{ status.lastFull.violations }} 条问题，用时 {{ seconds(status.lastFull.millis) }}</template><template v-if="status.lastTargeted">；最近增量复查用时 {{ seconds(status.lastTargeted.millis) }}</template>
      <a href="javascript:void(0)" role="button" @click="load" class="refresh-status">刷新</a>
    </span>
    <a-popconfirm v-if="canRun" title="对全部单位和人员立即执行一次全面稽核？通常无需手动执行（每次变更后自动复查），数据量大时需要较长时间。"
                  ok-text="执行" cancel-text="取消" @confirm="evaluate">
      <a-button size="small" :loading="running" data-test="audit-evaluate">全面稽核</a-button>
    </a-popconfirm>
  </div>`,
};
