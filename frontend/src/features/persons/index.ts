// The pages about the employer's people: the employments list (☰) and the person page.
export { EmploymentListPage } from './EmploymentListPage';
export { PersonPage } from './PersonPage';
