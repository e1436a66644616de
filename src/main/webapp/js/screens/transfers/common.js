// Pieces shared by the import screens: kind names, the rejected rows table, the job id of a report.
import { download } from '../../api.js';
import { label } from '../../labels.js';
import { showError } from '../../ui.js';

/** The Chinese name of an import kind (path units/quotas/…); labels.js has no entry for the payroll list yet. */
export function kindLabel(path) {
  const code = String(path || '').toUpperCase().replace(/-/g, '_');
  if (code === 'PAYROLL') return label('ImportKind', code) === code ? '工资名单' : label('ImportKind', code);
  return label('ImportKind', code);
}

/** The job id at the end of "/api/v1/import-jobs/300". */
export function jobIdOf(address) {
  const m = /import-jobs\/(\d+)/.exec(address || '');
  return m ? Number(m[1]) : null;
}

export async function downloadRejected(jobId) {
  try {
    await download(`/import-jobs/${jobId}/rejected-rows`, {}, `导入作业${jobId}-错误行.xlsx`);
  } catch (e) {
    showError(e);
  }
}

/** The bad rows of a file: row (spreadsheet row number, header = 1), column and reason. */
export const RejectedTable = {
  props: { rows: Array },
  setup() {
    const columns = [
      { title: '行号', dataIndex: 'row', width: 80 },
      { title: '列', dataIndex: 'column', width: 160 },
      { title: '错误原因', dataIndex: 'reason' },
    ];
    return { columns };
  },
  template: `
    <a-table :columns="columns" :data-source="rows" size="small" :row-key="(r, i) => r.row + '-' + r.column + '-' + i"
             :pagination="rows.length > 10 ? { pageSize: 10, showTotal: (t) => '共 ' + t + ' 处错误' } : false"
             :scroll="{ y: 320 }" data-test="import-rejected-table"></a-table>`,
};
