import { useId, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { WorkflowKind } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import { SearchInput } from '../../components/ui/SearchInput';
import { useDebouncedValue } from '../../components/ui/useDebouncedValue';
import { useFormat } from '../../components/ui/format';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { EscalationLimit } from './EscalationLimit';
import { autoKind, draftOf, draftProblem, KINDS, routeInput, TARGETS, type Draft, type RouteData } from './route';
import { setWorkflowRouteMutation, workflowPeopleQuery, workflowPreviewQuery, workflowRoutesQuery } from './workflow.graphql';
import page from './WorkflowEditorPage.module.css';

type Staff = { id: string; name: string; active: boolean; handlesRequests: boolean };

/**
 * Workflow editor (R34): per kind of request the route as readable steps, a form to change it (one or
 * two steps to the manager, HANDLE_REQUESTS or named users; notify-only users; automatic approval), and
 * a preview the server computes: "for Jan Jansen this request would go to …". Requests that are stuck
 * (nobody can take their step) are listed on top, so nothing is silently stuck.
 */
export default function WorkflowEditorPage() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  useDocumentTitle('workflow.title');
  const [result, refetch] = useQuery({ query: workflowRoutesQuery, variables: { employerId: employer.id }, requestPolicy: 'cache-and-network' });
  const [kind, setKind] = useState<WorkflowKind>('LEAVE');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const data = result.data?.workflowRoutes;
  const stuck = result.data?.stuckWorkflowRequests ?? [];

  if (!data) {
    if (result.error) {
      return (
        <div className={styles.page}>
          <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>
        </div>
      );
    }
    return <PageStatus />;
  }
  const route = data.routes.find((r) => r.kind === kind);
  const kindName = (k: WorkflowKind) => intl.formatMessage({ id: `workflow.kind.${k}` });

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'workflow.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'workflow.intro' }, { employer: employer.name })}</p>
      </header>

      {!data.editorActive && <Notice tone="info">{intl.formatMessage({ id: 'workflow.inactive' })}</Notice>}
      {saved && <Notice tone="success">{saved}</Notice>}

      {stuck.length > 0 && (
        <section className={styles.card} aria-labelledby="workflow-stuck">
          <h2 id="workflow-stuck" className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'workflow.stuck.title' })}
          </h2>
          <p>{intl.formatMessage({ id: 'workflow.stuck.intro' })}</p>
          <ul className={page.plainList}>
            {stuck.map((s) => (
              <li key={s.id}>
                {intl.formatMessage(
                  { id: 'workflow.stuck.item' },
                  { name: s.personName, kind: kindName(s.kind), step: s.step, since: format.moment(s.since) },
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div role="group" aria-label={intl.formatMessage({ id: 'workflow.kinds' })} className={page.kinds}>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={k === kind ? styles.button : styles.buttonSecondary}
            aria-pressed={k === kind}
            onClick={() => {
              setKind(k);
              setDraft(null);
              setSaved(null);
            }}
          >
            {kindName(k)}
          </button>
        ))}
      </div>

      {route && (
        <section className={styles.card} aria-labelledby="workflow-route">
          <div className={styles.spread}>
            <h2 id="workflow-route" className={styles.sectionTitle}>
              {intl.formatMessage({ id: 'workflow.route.title' }, { kind: kindName(kind) })}
            </h2>
            <span className={route.custom ? styles.badgeInfo : styles.badgeNeutral}>
              {intl.formatMessage({ id: route.custom ? 'workflow.route.custom' : 'workflow.route.default' })}
            </span>
          </div>
          {draft ? (
            <RouteForm
              kind={kind}
              employerId={employer.id}
              staff={data.staff}
              draft={draft}
              onChange={setDraft}
              onCancel={() => setDraft(null)}
              onSaved={() => {
                setDraft(null);
                setSaved(intl.formatMessage({ id: 'workflow.form.saved' }, { kind: kindName(kind) }));
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          ) : (
            <>
              <ReadableRoute route={route} />
              {data.editorActive && (
                <div>
                  <button
                    type="button"
                    className={styles.buttonSecondary}
                    onClick={() => {
                      setSaved(null);
                      setDraft(draftOf(route, intl.locale));
                    }}
                  >
                    {intl.formatMessage({ id: 'workflow.edit' })}
                  </button>
                </div>
              )}
            </>
          )}
          <p className={styles.muted}>{intl.formatMessage({ id: 'workflow.route.rules' })}</p>
        </section>
      )}

      <Preview employerId={employer.id} kind={kind} draft={draft} />

      <EscalationLimit
        employerId={employer.id}
        escalation={data.escalation}
        editable={data.editorActive}
        onSaved={() => refetch({ requestPolicy: 'network-only' })}
      />
    </div>
  );
}

function names(intl: IntlShape, list: ReadonlyArray<{ name: string }>): string {
  return intl.formatList(
    list.map((u) => u.name),
    { type: 'conjunction' },
  );
}

/** The route in words (R34): "Stap 1: de leidinggevende van de werknemer". */
function ReadableRoute({ route }: { route: RouteData }) {
  const intl = useIntl();
  const a = route.autoApproval;
  return (
    <div className={styles.stack}>
      <ol className={page.steps}>
        {route.steps.map((s, i) => (
          <li key={i}>
            {intl.formatMessage(
              { id: 'workflow.route.step' },
              { n: i + 1, text: intl.formatMessage({ id: `workflow.route.target.${s.target}` }, { names: names(intl, s.users) }) },
            )}
          </li>
        ))}
      </ol>
      {route.steps.length > 1 && <p>{intl.formatMessage({ id: 'workflow.route.secondStep' })}</p>}
      {route.notify.length > 0 && <p>{intl.formatMessage({ id: 'workflow.route.notify' }, { names: names(intl, route.notify) })}</p>}
      {a?.maxLeaveHours != null && <p>{intl.formatMessage({ id: 'workflow.route.autoHours' }, { hours: intl.formatNumber(a.maxLeaveHours) })}</p>}
      {a?.maxClaimAmount != null && (
        <p>
          {intl.formatMessage(
            { id: 'workflow.route.autoAmount' },
            { amount: intl.formatNumber(a.maxClaimAmount, { style: 'currency', currency: 'EUR' }) },
          )}
        </p>
      )}
    </div>
  );
}

function RouteForm({
  kind,
  employerId,
  staff,
  draft,
  onChange,
  onCancel,
  onSaved,
}: {
  kind: WorkflowKind;
  employerId: string;
  staff: ReadonlyArray<Staff>;
  draft: Draft;
  onChange: (d: Draft) => void;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const intl = useIntl();
  const ids = useId();
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, save] = useMutation(setWorkflowRouteMutation);
  const handlers = staff.filter((u) => u.handlesRequests);
  const auto = autoKind(kind);

  const setStep = (i: number, patch: Partial<Draft['steps'][number]>) =>
    onChange({ ...draft, steps: draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  const submit = async () => {
    const problem = draftProblem(kind, draft);
    if (problem) {
      setFailure(`workflow.form.problem.${problem}`);
      return;
    }
    setFailure(null);
    const { data, error } = await save({ input: { employerId, kind, route: routeInput(kind, draft) } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.setWorkflowRoute.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    onSaved();
  };

  return (
    <form
      className={page.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {draft.steps.map((step, i) => (
        <fieldset key={i} className={page.fieldset}>
          <legend className={styles.cardTitle}>{intl.formatMessage({ id: 'workflow.form.legend' }, { n: i + 1 })}</legend>
          <div role="radiogroup" aria-label={intl.formatMessage({ id: 'workflow.form.target' })} className={page.options}>
            {TARGETS.map((t) => (
              <label key={t} className={page.option}>
                <input
                  type="radio"
                  name={`${ids}-target-${i}`}
                  value={t}
                  checked={step.target === t}
                  onChange={() => setStep(i, { target: t, userIds: t === 'USERS' ? step.userIds : [] })}
                />
                {intl.formatMessage({ id: `workflow.form.target.${t}` })}
              </label>
            ))}
          </div>
          {step.target === 'USERS' && (
            <fieldset className={page.fieldset}>
              <legend className={styles.label}>{intl.formatMessage({ id: 'workflow.form.users' })}</legend>
              {handlers.length === 0 && <p className={styles.muted}>{intl.formatMessage({ id: 'workflow.form.noUsers' })}</p>}
              <div className={page.options}>
                {handlers.map((u) => (
                  <label key={u.id} className={page.option}>
                    <input
                      type="checkbox"
                      checked={step.userIds.includes(u.id)}
                      onChange={(e) => setStep(i, { userIds: toggle(step.userIds, u.id, e.target.checked) })}
                    />
                    {u.active ? u.name : intl.formatMessage({ id: 'workflow.form.blocked' }, { name: u.name })}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </fieldset>
      ))}
      <div>
        {draft.steps.length === 1 ? (
          <button type="button" className={styles.buttonSecondary} onClick={() => onChange({ ...draft, steps: [...draft.steps, { target: 'RIGHT', userIds: [] }] })}>
            {intl.formatMessage({ id: 'workflow.form.addStep' })}
          </button>
        ) : (
          <button type="button" className={styles.buttonSecondary} onClick={() => onChange({ ...draft, steps: draft.steps.slice(0, 1) })}>
            {intl.formatMessage({ id: 'workflow.form.removeStep' })}
          </button>
        )}
      </div>
      <fieldset className={page.fieldset}>
        <legend className={styles.label}>{intl.formatMessage({ id: 'workflow.form.notify' })}</legend>
        <div className={page.options}>
          {staff.map((u) => (
            <label key={u.id} className={page.option}>
              <input
                type="checkbox"
                checked={draft.notifyUserIds.includes(u.id)}
                onChange={(e) => onChange({ ...draft, notifyUserIds: toggle(draft.notifyUserIds, u.id, e.target.checked) })}
              />
              {u.active ? u.name : intl.formatMessage({ id: 'workflow.form.blocked' }, { name: u.name })}
            </label>
          ))}
        </div>
      </fieldset>
      {auto && (
        <div className={styles.field}>
          <label className={styles.label} htmlFor={`${ids}-auto`}>
            {intl.formatMessage({ id: auto === 'hours' ? 'workflow.form.autoHours' : 'workflow.form.autoAmount' })}
          </label>
          <input
            id={`${ids}-auto`}
            className={`${styles.input} ${page.short}`}
            inputMode="decimal"
            autoComplete="off"
            value={draft.auto}
            aria-describedby={`${ids}-auto-hint`}
            onChange={(e) => onChange({ ...draft, auto: e.target.value })}
          />
          <p id={`${ids}-auto-hint`} className={styles.description}>
            {intl.formatMessage({ id: 'workflow.form.autoHint' })}
          </p>
        </div>
      )}
      {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
      <div className={page.actions}>
        <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'workflow.form.busy' })}>
          {intl.formatMessage({ id: 'workflow.form.save' })}
        </BusyButton>
        <button type="button" className={styles.buttonSecondary} onClick={onCancel}>
          {intl.formatMessage({ id: 'workflow.form.cancel' })}
        </button>
      </div>
    </form>
  );
}

/** "Voor Jan Jansen gaat deze aanvraag naar …": the server routes it as it would a real request. */
function Preview({ employerId, kind, draft }: { employerId: string; kind: WorkflowKind; draft: Draft | null }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const debounced = useDebouncedValue(search.trim());
  const [people] = useQuery({
    query: workflowPeopleQuery,
    variables: { employerId, search: debounced },
    pause: debounced.length < 2,
  });
  const valid = draft === null || draftProblem(kind, draft) === null;
  const [preview] = useQuery({
    query: workflowPreviewQuery,
    variables: { employerId, kind, personId: person?.id ?? '', ...(draft ? { route: routeInput(kind, draft) } : {}) },
    pause: !person || !valid,
  });
  const result = preview.data?.workflowPreview;
  const kindName = intl.formatMessage({ id: `workflow.kind.${kind}` });
  const found = people.data?.workflowPeople ?? [];

  return (
    <section className={styles.card} aria-labelledby="workflow-preview">
      <h2 id="workflow-preview" className={styles.sectionTitle}>
        {intl.formatMessage({ id: 'workflow.preview.title' })}
      </h2>
      <p>{intl.formatMessage({ id: draft ? 'workflow.preview.introDraft' : 'workflow.preview.intro' })}</p>
      <SearchInput label={intl.formatMessage({ id: 'workflow.preview.search' })} value={search} onChange={setSearch} />
      {debounced.length >= 2 && people.data && (
        found.length > 0 ? (
          <ul className={page.people} aria-label={intl.formatMessage({ id: 'workflow.preview.people' })}>
            {found.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={person?.id === p.id ? styles.button : styles.buttonSecondary}
                  aria-pressed={person?.id === p.id}
                  onClick={() => setPerson(p)}
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.muted}>{intl.formatMessage({ id: 'workflow.preview.noMatch' })}</p>
        )
      )}
      <div aria-live="polite">
        {preview.error && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(preview.error) })}</Notice>}
        {person && result && (
          <div className={styles.stack}>
            <p className={page.result}>{intl.formatMessage({ id: 'workflow.preview.result' }, { name: result.personName, kind: kindName })}</p>
            {result.autoApproval?.maxLeaveHours != null && (
              <p>{intl.formatMessage({ id: 'workflow.preview.autoHours' }, { hours: intl.formatNumber(result.autoApproval.maxLeaveHours) })}</p>
            )}
            {result.autoApproval?.maxClaimAmount != null && (
              <p>
                {intl.formatMessage(
                  { id: 'workflow.preview.autoAmount' },
                  { amount: intl.formatNumber(result.autoApproval.maxClaimAmount, { style: 'currency', currency: 'EUR' }) },
                )}
              </p>
            )}
            <ol className={page.steps}>
              {result.steps.map((s, i) => {
                const list = s.names.length
                  ? intl.formatList(s.names, { type: 'conjunction' })
                  : intl.formatMessage({ id: 'workflow.preview.nobody' });
                const who = s.more > 0 ? intl.formatMessage({ id: 'workflow.preview.more' }, { names: list, more: s.more }) : list;
                return (
                  <li key={i}>
                    {intl.formatMessage({ id: 'workflow.preview.step' }, { n: i + 1, names: who })}
                    {s.fallback && (
                      <span className={page.note}>
                        {intl.formatMessage({ id: `workflow.preview.fallback.${s.fallback}` }, { name: result.personName })}
                      </span>
                    )}
                    {s.stuck && <span className={page.warning}>{intl.formatMessage({ id: 'workflow.preview.stuck' })}</span>}
                  </li>
                );
              })}
            </ol>
          </div>
        )}
      </div>
    </section>
  );
}
