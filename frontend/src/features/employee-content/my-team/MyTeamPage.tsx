import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { DateInput } from '../../../components/ui/DateInput';
import type { MessageId } from '../../../i18n/catalogue';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import type { MyTeamQuery, PersonalDataField } from '../../../gql/graphql';
import { useDownload } from '../../../lib/download/useDownload';
import { formatDay, formatEuro, formatMomentDay } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import {
  decideTeamTaskMutation,
  endManagerSubstituteMutation,
  handOverTeamTasksMutation,
  myTeamQuery,
  setManagerSubstituteMutation,
} from './myTeam.graphql';
import { TeamCalendar } from './TeamCalendar';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';

type Team = MyTeamQuery['myTeam'];
type Person = MyTeamQuery['myTeamColleagues'][number];
type TaskData = Team['tasks'][number];
type Values = NonNullable<TaskData['personalDataChange']>['old'];

/**
 * /werknemer/mijn-team (R35): the tasks routed to the signed-in manager or substitute — leave, claims
 * with their receipts, personal-data changes old beside new — decided with a comment; who of the team
 * is sick today (dates only, R25); the team calendar with the kinds of leave (R32); the requests the
 * team started with their trail ("X namens Y"); the manager's substitutes and the handover of open tasks.
 */
export default function MyTeamPage() {
  return <PortalPage feature="MY_TEAM">{(context) => <MyTeam {...context} />}</PortalPage>;
}

function MyTeam({ employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeMyTeam.title');
  const [{ data, fetching, error }, reload] = useQuery({ query: myTeamQuery, requestPolicy: 'cache-and-network' });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const team = data?.myTeam;
  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeMyTeam.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeMyTeam.intro' })}</p>
      </header>
      {!team ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="MY_TEAM" employer={employer} />
        )
      ) : (
        <>
          <Tasks tasks={team.tasks} onDone={refresh} />
          {team.isManager && <SickToday sick={team.sickToday} />}
          {team.isManager && <TeamCalendar />}
          {team.isManager && <Started started={team.started} />}
          {team.isManager && <Substitutes team={team} colleagues={data.myTeamColleagues} onDone={refresh} />}
        </>
      )}
    </>
  );
}

function Tasks({ tasks, onDone }: { tasks: Team['tasks']; onDone: () => void }) {
  const intl = useIntl();
  const [decided, setDecided] = useState(false);
  return (
    <section className={styles.card} aria-labelledby="team-tasks">
      <h2 id="team-tasks" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeMyTeam.tasks.title' })}
      </h2>
      <p role="status" className={styles.muted}>
        {decided ? intl.formatMessage({ id: 'employeeMyTeam.decided' }) : ''}
      </p>
      {tasks.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeMyTeam.tasks.empty' })}</p>
      ) : (
        <ul className={styles.list}>
          {tasks.map((t) => (
            <Task
              key={t.id}
              task={t}
              onDone={() => {
                setDecided(true);
                onDone();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** What a task asks: the leave, the claim or the change, in one line. */
function taskTitle(intl: ReturnType<typeof useIntl>, task: TaskData): string {
  const lr = task.leaveRequest;
  if (lr) {
    return intl.formatMessage(
      { id: 'employeeMyTeam.task.leave' },
      {
        name: task.personName,
        type: lr.leaveType.name,
        first: formatDay(intl, lr.firstDay),
        last: formatDay(intl, lr.lastDay),
        hours: intl.formatNumber(lr.hours),
      },
    );
  }
  if (task.claim) {
    return intl.formatMessage(
      { id: 'employeeMyTeam.task.claim' },
      { name: task.personName, component: task.claim.componentName, amount: formatEuro(intl, Math.round(task.claim.amount * 100)) },
    );
  }
  if (task.personalDataChange) {
    return intl.formatMessage(
      { id: 'employeeMyTeam.task.change' },
      { name: task.personName, field: intl.formatMessage({ id: `employeeMyTeam.field.${task.personalDataChange.field}` as MessageId }) },
    );
  }
  return intl.formatMessage({ id: 'employeeMyTeam.task.other' }, { name: task.personName, submitted: formatMomentDay(intl, task.submittedAt) });
}

/** A field's value as one line: the parts of the field only (R37). */
function valueText(field: PersonalDataField, v: Values): string {
  switch (field) {
    case 'ADDRESS':
      return [v.street, [v.postalCode, v.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    case 'PHONE':
      return v.phone;
    case 'PRIVATE_EMAIL':
      return v.email;
    case 'IBAN':
      return v.iban;
    case 'EMERGENCY_CONTACT':
      return [v.name, v.phone].filter(Boolean).join(', ');
  }
}

function ClaimDetails({ claim }: { claim: NonNullable<TaskData['claim']> }) {
  const intl = useIntl();
  const { download, failure } = useDownload();
  const details = [formatDay(intl, claim.date)];
  if (claim.kilometres != null) details.push(intl.formatMessage({ id: 'employeeMyTeam.task.kilometres' }, { km: claim.kilometres }));
  if (claim.description) details.push(claim.description);
  return (
    <>
      <p className={styles.muted}>{details.join(' · ')}</p>
      <Alert messageId={failure} />
      {claim.receipts.length > 0 && (
        <p className={styles.buttons}>
          {claim.receipts.map((r) => (
            <button key={r.id} type="button" className={styles.secondaryButton} onClick={() => void download(r.url, r.fileName)}>
              {intl.formatMessage({ id: 'employeeMyTeam.task.receipt' }, { name: r.fileName })}
            </button>
          ))}
        </p>
      )}
    </>
  );
}

function ChangeDetails({ change }: { change: NonNullable<TaskData['personalDataChange']> }) {
  const intl = useIntl();
  const none = intl.formatMessage({ id: 'employeeMyTeam.change.none' });
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{intl.formatMessage({ id: 'employeeMyTeam.change.old' })}</dt>
        <dd>{valueText(change.field, change.old) || none}</dd>
      </div>
      <div>
        <dt>{intl.formatMessage({ id: 'employeeMyTeam.change.new' })}</dt>
        <dd>{valueText(change.field, change.new) || none}</dd>
      </div>
      <div>
        <dt>{intl.formatMessage({ id: 'employeeMyTeam.change.effective' })}</dt>
        <dd>
          {change.effectiveDate
            ? formatDay(intl, change.effectiveDate)
            : intl.formatMessage({ id: 'employeeMyTeam.change.effectiveOnApproval' })}
        </dd>
      </div>
    </dl>
  );
}

function Task({ task, onDone }: { task: TaskData; onDone: () => void }) {
  const intl = useIntl();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, decide] = useMutation(decideTeamTaskMutation);
  const titleId = useId();
  const lr = task.leaveRequest;
  const submit = async (accept: boolean) => {
    if (fetching) return;
    if (!accept && comment.trim() === '') {
      setFailure('employeeMyTeam.rejectNeedsComment');
      return;
    }
    setFailure(null);
    const { data, error } = await decide({ input: { requestId: task.id, accept, comment } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.decideTeamTask.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    onDone();
  };
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.subTitle}>
        {taskTitle(intl, task)}
      </h3>
      {lr?.comment ? <p>{intl.formatMessage({ id: 'employeeMyTeam.task.employeeComment' }, { comment: lr.comment })}</p> : null}
      {task.claim && <ClaimDetails claim={task.claim} />}
      {task.personalDataChange && <ChangeDetails change={task.personalDataChange} />}
      {task.steps > 1 && (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeMyTeam.task.step' }, { step: task.step, steps: task.steps })}</p>
      )}
      {task.onBehalfOfName && (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeMyTeam.task.onBehalf' }, { name: task.onBehalfOfName })}</p>
      )}
      <Alert messageId={failure} />
      <div className={forms.field}>
        <label className={forms.label} htmlFor={commentId}>
          {intl.formatMessage({ id: 'employeeMyTeam.comment' })}
        </label>
        <textarea id={commentId} className={forms.input} value={comment} maxLength={500} rows={2} onChange={(e) => setComment(e.target.value)} />
      </div>
      <div className={styles.buttons}>
        <button type="button" className={styles.button} disabled={fetching} onClick={() => void submit(true)}>
          {intl.formatMessage({ id: 'employeeMyTeam.accept' })}
        </button>
        <button type="button" className={styles.secondaryButton} disabled={fetching} onClick={() => void submit(false)}>
          {intl.formatMessage({ id: 'employeeMyTeam.reject' })}
        </button>
      </div>
    </li>
  );
}

function SickToday({ sick }: { sick: Team['sickToday'] }) {
  const intl = useIntl();
  return (
    <section className={styles.card} aria-labelledby="team-sick">
      <h2 id="team-sick" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeMyTeam.sick.title' })}
      </h2>
      {sick.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeMyTeam.sick.empty' })}</p>
      ) : (
        <ul>
          {sick.map((s) => (
            <li key={`${s.personName}-${s.firstSickDay}`}>
              {intl.formatMessage({ id: 'employeeMyTeam.sick.since' }, { name: s.personName, day: formatDay(intl, s.firstSickDay) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Started({ started }: { started: Team['started'] }) {
  const intl = useIntl();
  return (
    <section className={styles.card} aria-labelledby="team-started">
      <h2 id="team-started" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeMyTeam.started.title' })}
      </h2>
      {started.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeMyTeam.started.empty' })}</p>
      ) : (
        <ul>
          {started.map((r) => (
            <li key={r.id}>
              {intl.formatMessage(
                { id: 'employeeMyTeam.started.item' },
                {
                  name: r.personName,
                  kind: intl.formatMessage({ id: `employeeMyTeam.kind.${r.kind}` as MessageId }),
                  submitted: formatMomentDay(intl, r.submittedAt),
                  status: intl.formatMessage({ id: `employeeMyTeam.status.${r.status}` as MessageId }),
                },
              )}
              <ul>
                {r.trail
                  .filter((s) => s.state !== 'WAITING' && s.state !== 'CLOSED')
                  .map((s) => (
                    <li key={s.step}>{trailText(intl, s)}</li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function trailText(intl: ReturnType<typeof useIntl>, s: Team['started'][number]['trail'][number]): string {
  if (s.state === 'OPEN' || !s.decidedByName) return intl.formatMessage({ id: 'employeeMyTeam.trail.open' }, { step: s.step });
  const decision = intl.formatMessage({ id: `employeeMyTeam.decision.${s.state}` as MessageId });
  return s.onBehalfOfName
    ? intl.formatMessage(
        { id: 'employeeMyTeam.trail.decidedOnBehalf' },
        { step: s.step, decision, by: s.decidedByName, for: s.onBehalfOfName },
      )
    : intl.formatMessage({ id: 'employeeMyTeam.trail.decided' }, { step: s.step, decision, by: s.decidedByName });
}

function Substitutes({ team, colleagues, onDone }: { team: Team; colleagues: readonly Person[]; onDone: () => void }) {
  const intl = useIntl();
  const today = todayIso();
  const pickId = useId();
  const handId = useId();
  const [substituteId, setSubstituteId] = useState('');
  const [firstDay, setFirstDay] = useState(today);
  const [lastDay, setLastDay] = useState(today);
  const [handTo, setHandTo] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching: saving }, save] = useMutation(setManagerSubstituteMutation);
  const [, end] = useMutation(endManagerSubstituteMutation);
  const [{ fetching: handing }, handOver] = useMutation(handOverTeamTasksMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !substituteId) return;
    setFailure(null);
    const { data, error } = await save({ input: { substituteId, firstDay, lastDay } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.setManagerSubstitute.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    setNotice(intl.formatMessage({ id: 'employeeMyTeam.substitutes.saved' }));
    onDone();
  };
  const submitHandOver = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (handing || !handTo) return;
    setFailure(null);
    const { data, error } = await handOver({ input: { toPersonId: handTo } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.handOverTeamTasks.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    setNotice(intl.formatMessage({ id: 'employeeMyTeam.handover.done' }, { count: data?.handOverTeamTasks.count ?? 0 }));
    onDone();
  };
  const choose = (id: string, value: string, set: (v: string) => void, label: MessageId) => (
    <div className={forms.field}>
      <label className={forms.label} htmlFor={id}>
        {intl.formatMessage({ id: label })}
      </label>
      <select id={id} className={forms.input} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{intl.formatMessage({ id: 'employeeMyTeam.colleague.choose' })}</option>
        {colleagues.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className={styles.card} aria-labelledby="team-substitutes">
      <h2 id="team-substitutes" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeMyTeam.substitutes.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'employeeMyTeam.substitutes.intro' })}</p>
      <Alert messageId={failure} />
      {notice && <p role="status">{notice}</p>}
      {team.substitutes.length > 0 && (
        <ul>
          {team.substitutes.map((s) => (
            <li key={s.id}>
              {intl.formatMessage(
                { id: 'employeeMyTeam.substitutes.item' },
                {
                  substitute: s.substitute.name,
                  manager: s.manager.name,
                  first: formatDay(intl, s.firstDay),
                  last: formatDay(intl, s.lastDay),
                },
              )}{' '}
              {s.active && intl.formatMessage({ id: 'employeeMyTeam.substitutes.active' })}{' '}
              <button
                type="button"
                className={styles.secondaryButton}
                onClick={() => void end({ input: { id: s.id } }).then(onDone)}
              >
                {intl.formatMessage({ id: 'employeeMyTeam.substitutes.end' })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className={forms.form} onSubmit={(e) => void submit(e)}>
        {choose(pickId, substituteId, setSubstituteId, 'employeeMyTeam.substitutes.colleague')}
        <DateInput
          name="firstDay"
          label={intl.formatMessage({ id: 'employeeMyTeam.firstDay' })}
          hint={intl.formatMessage({ id: 'employeeMyTeam.dateHint' })}
          value={firstDay}
          onChange={setFirstDay}
        />
        <DateInput
          name="lastDay"
          label={intl.formatMessage({ id: 'employeeMyTeam.lastDay' })}
          hint={intl.formatMessage({ id: 'employeeMyTeam.dateHint' })}
          value={lastDay}
          onChange={setLastDay}
        />
        <button type="submit" className={forms.primaryButton} disabled={saving}>
          {intl.formatMessage({ id: 'employeeMyTeam.substitutes.save' })}
        </button>
      </form>
      <h3>{intl.formatMessage({ id: 'employeeMyTeam.handover.title' })}</h3>
      <form className={forms.form} onSubmit={(e) => void submitHandOver(e)}>
        {choose(handId, handTo, setHandTo, 'employeeMyTeam.handover.to')}
        <button type="submit" className={forms.primaryButton} disabled={handing}>
          {intl.formatMessage({ id: 'employeeMyTeam.handover.submit' })}
        </button>
      </form>
    </section>
  );
}
