// The employer pages, the employer the admin pages work on, and its employments list (R16), which
// the person, collective, audit and sick-report pages reuse.
export { employerPath, useEmployer } from './EmployerContext';
export { EmployerLayout } from './EmployerLayout';
export { EmployerPickerPage } from './EmployerPickerPage';
export { EmployerStartPage } from './EmployerStartPage';
export { EmploymentFilters } from './EmploymentFilters';
export { EmploymentList, personPath, type PersonPick } from './EmploymentList';
export { employmentRows } from './employments';
export { employmentsQuery } from './employments.graphql';
export {
  EMPTY_LIST_STATE,
  isFiltered,
  listStateToParams,
  nextPage,
  parseListState,
  previousPage,
  toFilter,
  toPageVariables,
  withService,
  withStatuses,
  type ListState,
} from './listState';
export { VariantBadge } from './VariantBadge';
