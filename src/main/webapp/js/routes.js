// Every screen, its address and who may open it (the same roles as the API it calls: authorization-matrix.txt).
// A screen appears in the menu only for the roles that may use it.
import { READERS } from './session.js';
import Login from './screens/login/index.js';
import Overview from './screens/overview/index.js';
import Units from './screens/units/index.js';
import People from './screens/people/index.js';
import Person from './screens/people/person.js';
import Control from './screens/control/index.js';
import Audit from './screens/audit/index.js';
import Reports from './screens/reports/index.js';
import Search from './screens/search/index.js';
import Complaints from './screens/complaints/index.js';
import Complaint from './screens/complaints/complaint.js';
import Transfers from './screens/transfers/index.js';
import System from './screens/system/index.js';
import TravelStatistics from './screens/travel/statistics.js';
import TravelFilings from './screens/travel/filings.js';
import TravelDocuments from './screens/travel/documents.js';
import TravelApplications from './screens/travel/applications.js';
import TravelApplication from './screens/travel/application.js';
import TravelCases from './screens/travel/cases.js';
import Delegations from './screens/delegation/delegations.js';
import DelegationOverdue from './screens/delegation/overdue.js';
import { ROLES as DELEGATION } from './screens/delegation/common.js';
import TravelCrossings from './screens/travel/crossings.js';
import TravelFindings from './screens/travel/findings.js';
import TravelWarnings from './screens/travel/warnings.js';

const AUDIT = ['OFFICE', 'INSPECTOR', 'UNIT_CLERK'];
/** 出国（境）管理: the organisation department's supervision, and unit clerks for their own people. */
const TRAVEL = ['OFFICE', 'CADRE_SUPERVISION', 'UNIT_CLERK'];
const TRAVEL_GROUP = '出国（境）管理';

export const ROUTES = [
  { path: '/login', title: '登录', component: Login, public: true },
  { path: '/', title: '总览', menu: true, roles: READERS, component: Overview },
  { path: '/units', title: '机构编制', menu: true, roles: [...READERS, 'CADRE_SUPERVISION'], component: Units },
  { path: '/people', title: '人员', menu: true, roles: [...READERS, 'CADRE_SUPERVISION'], component: People },
  { path: '/people/:id', title: '人员档案', roles: [...READERS, 'CADRE_SUPERVISION'], component: Person, parent: '/people' },
  { path: '/control', title: '控编', menu: true, roles: READERS, component: Control },
  { path: '/audit', title: '稽核', menu: true, roles: AUDIT, component: Audit },
  { path: '/reports', title: '报表', menu: true, roles: AUDIT, component: Reports },
  { path: '/search', title: '检索', menu: true, roles: [...AUDIT, 'COMPLAINT_HANDLER', 'CADRE_SUPERVISION'], component: Search },
  { path: '/complaints', title: '12310', menu: true, roles: ['OFFICE', 'INSPECTOR', 'COMPLAINT_HANDLER'], component: Complaints },
  { path: '/complaints/:id', title: '举报件', roles: ['OFFICE', 'INSPECTOR', 'COMPLAINT_HANDLER'], component: Complaint, parent: '/complaints' },
  { path: '/transfers', title: '导入导出', menu: true, roles: [...READERS, 'CADRE_SUPERVISION'], component: Transfers },
  { path: '/system', title: '系统', menu: true, roles: ['OFFICE', 'INSPECTOR'], component: System },
  { path: '/travel/filings', title: '登记备案', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelFilings },
  { path: '/travel/documents', title: '证件保管', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelDocuments },
  { path: '/travel/applications', title: '因私审批', menu: true, group: TRAVEL_GROUP, roles: [...TRAVEL, 'DISCIPLINE_INSPECTION'], component: TravelApplications },
  { path: '/travel/applications/:id', title: '因私出国（境）申请', roles: [...TRAVEL, 'DISCIPLINE_INSPECTION'], component: TravelApplication, parent: '/travel/applications' },
  { path: '/travel/crossings', title: '出入境比对', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelCrossings },
  { path: '/travel/warnings', title: '预警提醒', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelWarnings },
  { path: '/travel/findings', title: '检查发现', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelFindings },
  { path: '/travel/cases', title: '问题处理', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelCases },
  { path: '/delegations', title: '因公团组', menu: true, group: TRAVEL_GROUP, roles: DELEGATION, component: Delegations },
  { path: '/delegation-reports', title: '出访报告逾期', menu: true, group: TRAVEL_GROUP, roles: DELEGATION, component: DelegationOverdue },
  { path: '/travel/statistics', title: '统计表', menu: true, group: TRAVEL_GROUP, roles: TRAVEL, component: TravelStatistics },
];
