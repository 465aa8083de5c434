import type { MessageId } from './locale';

// Makes `intl.formatMessage({ id })` and `<FormattedMessage id>` accept only ids from nl.json.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
