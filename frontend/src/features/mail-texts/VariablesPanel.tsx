import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import type { MailKind } from '../../gql/graphql';
import { useLocale } from '../../i18n/LocaleProvider';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { mailVariablesQuery } from './mailTexts.graphql';
import editor from './MailTextEditor.module.css';

/** The variables a kind of mail knows, with descriptions in the UI's language (asked in it). */
export function useMailVariables(kind: MailKind) {
  const { locale: uiLocale } = useLocale();
  const context = useMemo(() => ({ fetchOptions: { headers: { 'Accept-Language': uiLocale } } }), [uiLocale]);
  const [result] = useQuery({ query: mailVariablesQuery, variables: { kind }, context });
  return result;
}

export type MailVariablesResult = ReturnType<typeof useMailVariables>;

/** The card of variables, each with its sample and a button that puts it where the cursor was. */
export function VariablesPanel({ result, onInsert }: { result: MailVariablesResult; onInsert: (name: string) => void }) {
  const intl = useIntl();
  const variables = result.data?.mailVariables ?? [];
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="mail-variables-title">
      <h2 id="mail-variables-title" className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'mailTexts.variables.title' })}
      </h2>
      <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'mailTexts.variables.intro' })}
      </p>
      {result.error && !result.data && (
        <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>
      )}
      <ul className={editor.variables}>
        {variables.map((v) => (
          <li key={v.name}>
            <div className={editor.variableHead}>
              <code className={styles.mono}>{`{{.${v.name}}}`}</code>
              <button
                type="button"
                className={styles.buttonGhost}
                onClick={() => onInsert(v.name)}
                aria-label={intl.formatMessage({ id: 'mailTexts.variables.insertLabel' }, { name: v.name })}
              >
                {intl.formatMessage({ id: 'mailTexts.variables.insert' })}
              </button>
            </div>
            <span className={styles.small}>{v.description}</span>
            <span className={`${styles.small} ${styles.muted}`}>
              {intl.formatMessage({ id: 'mailTexts.variables.sample' }, { sample: v.sample })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
