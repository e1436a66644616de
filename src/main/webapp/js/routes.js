// Every screen, its address and who may open it (the same roles as the API it calls: authorization-matrix.txt).
// A screen appears in the menu only for the roles that may use it.
import { READERS } from './session.js';
import Login from './screens/login.js';
import Overview from './screens/overview.js';
import Units from './screens/units.js';
import People from './screens/people.js';
import Person from './screens/person.js';
import Control from './screens/control.js';
import Audit from './screens/audit.js';
import Reports from './screens/reports.js';
import Search from './screens/search.js';
import Complaints from './screens/complaints.js';
import Complaint from './screens/complaint.js';
import Transfers from './screens/transfers.js';
import System from './screens/system.js';

const AUDIT = ['OFFICE', 'INSPECTOR', 'UNIT_CLERK'];

export const ROUTES = [
  { path: '/login', title: '登录', component: Login, public: true },
  { path: '/', title: '总览', menu: true, roles: READERS, component: Overview },
  { path: '/units', title: '机构编制', menu: true, roles: READERS, component: Units },
  { path: '/people', title: '人员', menu: true, roles: READERS, component: People },
  { path: '/people/:id', title: '人员档案', roles: READERS, component: Person, parent: '/people' },
  { path: '/control', title: '控编', menu: true, roles: READERS, component: Control },
  { path: '/audit', title: '稽核', menu: true, roles: AUDIT, component: Audit },
  { path: '/reports', title: '报表', menu: true, roles: AUDIT, component: Reports },
  { path: '/search', title: '检索', menu: true, roles: [...AUDIT, 'COMPLAINT_HANDLER'], component: Search },
  { path: '/complaints', title: '12310', menu: true, roles: ['OFFICE', 'INSPECTOR', 'COMPLAINT_HANDLER'], component: Complaints },
  { path: '/complaints/:id', title: '举报件', roles: ['OFFICE', 'INSPECTOR', 'COMPLAINT_HANDLER'], component: Complaint, parent: '/complaints' },
  { path: '/transfers', title: '导入导出', menu: true, roles: READERS, component: Transfers },
  { path: '/system', title: '系统', menu: true, roles: ['OFFICE', 'INSPECTOR'], component: System },
];
