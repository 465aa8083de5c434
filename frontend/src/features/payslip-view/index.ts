// The loonstrook as the employee and staff both see it (R23).
export { PayslipView } from './PayslipView';
export { payslipViewFragment } from './payslipView.graphql';
