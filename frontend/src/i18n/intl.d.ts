import type { MessageId } from './locale';

// Makes `intl.formatMessage({ id })` and `<FormattedMessage id>` accept only ids of the Dutch catalogues (see catalogue.ts).
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
