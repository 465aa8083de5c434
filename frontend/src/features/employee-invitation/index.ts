import { lazyComponent } from '../../lib/lazyComponent';

// The invitation page (/werknemer/uitnodiging#TOKEN), a chunk of its own. Only the lazy page: this
// module is part of the sign-in page's bundle (EmployeeArea), which has a budget. It renders at once
// when preloaded (EmployeeArea's prepare), as a visitor from the access mail's link has it.
export const InvitationPage = lazyComponent(() => import('./InvitationPage'), (m) => m.default);
