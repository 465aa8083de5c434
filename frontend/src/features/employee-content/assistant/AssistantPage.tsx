import type { ResultOf } from '@graphql-typed-document-node/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { MessageId } from '../../../i18n/catalogue';
import { useLocale } from '../../../i18n/LocaleProvider';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { PortalPage, type PortalContext } from '../PortalPage';
import { askAssistantMutation } from './assistant.graphql';
import styles from '../content.module.css';
import own from './Assistant.module.css';

type Answer = NonNullable<ResultOf<typeof askAssistantMutation>['askAssistant']['answer']>;
type Turn = { id: number; question: string; answer: Answer };

export const MAX_QUESTION = 300;

const SUGGESTIONS: MessageId[] = [
  'employeeAssistant.suggestion.leave',
  'employeeAssistant.suggestion.pay',
  'employeeAssistant.suggestion.requests',
  'employeeAssistant.suggestion.password',
];

/**
 * /werknemer/assistent (R41): a conversation, phone first. The server recognises the question and
 * answers from the employee's own data with the page it came from; when it does not know it says so
 * and names the employer. The conversation lives in this page only: nothing is stored.
 */
export default function AssistantPage() {
  return <PortalPage feature="ASSISTANT">{(context) => <Assistant {...context} />}</PortalPage>;
}

function Assistant({ employer }: PortalContext) {
  const intl = useIntl();
  const { locale } = useLocale();
  useDocumentTitle('employeeAssistant.title');
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, ask] = useMutation(askAssistantMutation);
  const inputId = useId();
  const hintId = useId();
  const endRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [turns.length]);

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
    const { data, error } = await ask({ input: { question: q, language: locale } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.askAssistant.userErrors });
    const answer = data?.askAssistant.answer;
    if (failed || !answer) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setTurns((t) => [...t, { id: t.length, question: q, answer }]);
    setQuestion('');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(question);
  };

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeAssistant.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeAssistant.intro' })}</p>
      </header>

      <section className={own.conversation} aria-label={intl.formatMessage({ id: 'employeeAssistant.conversation' })}>
        {turns.length === 0 ? (
          <p className={styles.muted}>{intl.formatMessage({ id: 'employeeAssistant.empty' })}</p>
        ) : (
          <ol className={own.turns} aria-live="polite">
            {turns.map((t, i) => (
              <li key={t.id} ref={i === turns.length - 1 ? endRef : undefined} className={own.turn}>
                <p className={own.question}>
                  <span className={own.who}>{intl.formatMessage({ id: 'employeeAssistant.you' })}: </span>
                  {t.question}
                </p>
                <AnswerBubble answer={t.answer} employer={employer} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <form className={own.form} onSubmit={submit} noValidate>
        <Alert messageId={failure} />
        <label htmlFor={inputId} className={styles.employmentLabel}>
          {intl.formatMessage({ id: 'employeeAssistant.question.label' })}
        </label>
        <div className={own.row}>
          <input
            id={inputId}
            className={own.input}
            type="text"
            value={question}
            maxLength={MAX_QUESTION}
            autoComplete="off"
            aria-describedby={hintId}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <button type="submit" className={styles.button} disabled={fetching}>
            {intl.formatMessage({ id: fetching ? 'employeeAssistant.asking' : 'employeeAssistant.ask' })}
          </button>
        </div>
        <p id={hintId} className={styles.muted}>
          {intl.formatMessage({ id: 'employeeAssistant.question.hint' })} {intl.formatMessage({ id: 'employeeAssistant.privacy' })}
        </p>
      </form>

      <section aria-labelledby="assistant-suggestions">
        <h2 id="assistant-suggestions" className={styles.subTitle}>
          {intl.formatMessage({ id: 'employeeAssistant.suggestions' })}
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

function AnswerBubble({ answer, employer }: { answer: Answer; employer: string }) {
  const intl = useIntl();
  const contact = answer.contact;
  return (
    <div className={own.answer} data-answered={answer.answered || undefined}>
      <p className={own.who}>{intl.formatMessage({ id: 'employeeAssistant.assistant' })}:</p>
      {answer.text.split('\n').map((line, i) => (
        <p key={i} className={own.text}>
          {line}
        </p>
      ))}
      {answer.facts.length > 0 && (
        <dl className={styles.facts}>
          {answer.facts.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {contact && (
        <address className={own.contact}>
          {intl.formatMessage({ id: 'employeeAssistant.contact' }, { employer: contact.name || employer })}
          {[contact.street, [contact.postalCode, contact.city].filter(Boolean).join(' ')].filter(Boolean).map((l, i) => (
            <span key={i} className={own.contactLine}>
              {l}
            </span>
          ))}
        </address>
      )}
      {answer.link && (
        <p className={own.source}>
          <Link to={answer.link.path}>{intl.formatMessage({ id: 'employeeAssistant.source' }, { page: answer.link.label })}</Link>
        </p>
      )}
    </div>
  );
}
