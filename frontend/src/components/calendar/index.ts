export { AgendaList, Legend, LeaveCalendarView, MonthGrid, dayLabel } from './LeaveCalendarView';
export { agenda, isMonth, monthDays, shiftMonth, type CalendarDay, type CalendarPerson, type CalendarStatus } from './model';
export { FeedSection } from './FeedSection';
