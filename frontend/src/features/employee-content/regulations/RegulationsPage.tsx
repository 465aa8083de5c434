import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { MessageId } from '../../../i18n/catalogue';
import { useDownload } from '../../../lib/download/useDownload';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { PortalPage, type PortalContext } from '../PortalPage';
import { askRegulationsMutation } from './regulations.graphql';
import styles from '../content.module.css';
import own from './Regulations.module.css';

type Answer = NonNullable<ResultOf<typeof askRegulationsMutation>['askRegulations']['answer']>;

export const MAX_QUESTION = 300;

const SUGGESTIONS: MessageId[] = [
  'employeeRegulations.suggestion.holiday',
  'employeeRegulations.suggestion.homeWorking',
  'employeeRegulations.suggestion.sick',
];

/** The download path of a document (server/documents.PathDocument). */
const documentPath = (id: string) => `/downloads/documents/${id}`;

/**
 * /werknemer/regelingen (R42): the employee asks a question and gets the passages of the employer's
 * regulations that match, quoted with document and page; when nothing matches the page says so. The
 * server searches only regulations this employee may see. Nothing is stored.
 */
export default function RegulationsPage() {
  return <PortalPage feature="POLICY_ASSISTANT">{(context) => <Regulations {...context} />}</PortalPage>;
}

function Regulations({ employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeRegulations.title');
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<{ question: string; answer: Answer } | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, ask] = useMutation(askRegulationsMutation);
  const { download, busy, failure: downloadFailure } = useDownload();
  const inputId = useId();
  const hintId = useId();

  const send = async (text: string) => {
    const q = text.trim();
    if (fetching) return;
    setFailure(null);
    if (q === '') {
      setFailure('error.QUESTION_EMPTY');
      return;
    }
    if ([...q].length > MAX_QUESTION) {
      setFailure('error.QUESTION_TOO_LONG');
      return;
    }
    const { data, error } = await ask({ input: { question: q } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.askRegulations.userErrors });
    const answer = data?.askRegulations.answer;
    if (failed || !answer) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setResult({ question: q, answer });
    setQuestion(q);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(question);
  };

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeRegulations.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeRegulations.intro' }, { employer })}</p>
      </header>

      <form className={own.form} onSubmit={submit} noValidate role="search">
        <Alert messageId={failure} />
        <label htmlFor={inputId} className={styles.employmentLabel}>
          {intl.formatMessage({ id: 'employeeRegulations.question.label' })}
        </label>
        <div className={own.row}>
          <input
            id={inputId}
            className={own.input}
            type="search"
            value={question}
            maxLength={MAX_QUESTION}
            autoComplete="off"
            aria-describedby={hintId}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <button type="submit" className={styles.button} disabled={fetching}>
            {intl.formatMessage({ id: fetching ? 'employeeRegulations.asking' : 'employeeRegulations.ask' })}
          </button>
        </div>
        <p id={hintId} className={styles.muted}>
          {intl.formatMessage({ id: 'employeeRegulations.question.hint' })} {intl.formatMessage({ id: 'employeeRegulations.privacy' })}
        </p>
      </form>

      <section aria-labelledby="regulations-results" aria-live="polite" className={own.results}>
        <h2 id="regulations-results" className={styles.subTitle}>
          {result
            ? intl.formatMessage({ id: 'employeeRegulations.resultsFor' }, { question: result.question })
            : intl.formatMessage({ id: 'employeeRegulations.results' })}
        </h2>
        {downloadFailure && <Alert messageId={downloadFailure} />}
        {result && !result.answer.matched && (
          <p className={own.none}>{intl.formatMessage({ id: 'employeeRegulations.none' }, { question: result.question, employer })}</p>
        )}
        {result && result.answer.matched && (
          <ol className={own.passages}>
            {result.answer.passages.map((p, i) => (
              <li key={`${p.documentId}-${p.page}-${i}`} className={own.passage}>
                <blockquote className={own.quote}>
                  <p>{p.text}</p>
                </blockquote>
                <p className={own.source}>
                  {intl.formatMessage({ id: 'employeeRegulations.source' }, { title: p.documentTitle, page: p.page })}
                </p>
                <BusyButton
                  className={styles.secondaryButton}
                  isBusy={busy === documentPath(p.documentId)}
                  busyLabel={intl.formatMessage({ id: 'employeeContent.downloading' })}
                  onClick={() => void download(documentPath(p.documentId), `${p.documentTitle}.pdf`)}
                >
                  {intl.formatMessage({ id: 'employeeRegulations.open' }, { title: p.documentTitle, page: p.page })}
                </BusyButton>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="regulations-suggestions">
        <h2 id="regulations-suggestions" className={styles.subTitle}>
          {intl.formatMessage({ id: 'employeeRegulations.suggestions' })}
        </h2>
        <ul className={own.suggestions}>
          {SUGGESTIONS.map((id) => (
            <li key={id}>
              <button type="button" className={styles.secondaryButton} onClick={() => void send(intl.formatMessage({ id }))} disabled={fetching}>
                {intl.formatMessage({ id })}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
