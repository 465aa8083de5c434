// The access feature's public surface: what other features may import (eslint.config.js enforces it).
export { AccessPanel, type AccessPerson } from './AccessPanel';
export { AccessStatusBadge } from './AccessStatusBadge';
export { isKnownStatus } from './status';
