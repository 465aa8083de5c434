import { lazy } from 'react';

// Workflow editor (R34): the routes of an employer's requests, a chunk of its own.
export const WorkflowEditorPage = lazy(() => import('./WorkflowEditorPage'));
