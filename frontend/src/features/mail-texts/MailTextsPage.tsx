import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Label, ListBox, ListBoxItem, Radio, RadioGroup, type Selection } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { MailKind, MailLocale, MailTemplateLevelInput, MailTemplateScope } from '../../gql/graphql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import { useStaffViewer } from '../auth';
import { employerPath, useEmployer } from '../employers';
import { isMailKind, MAIL_KINDS } from './kinds';
import { MailTextEditor } from './MailTextEditor';
import { mailTemplatesQuery } from './mailTexts.graphql';
import { hasOwnText, ownSource } from './template';
import page from './MailTextsPage.module.css';

const LEVEL_PARAM = { EMPLOYER: 'werkgever', PROVIDER: 'administratiekantoor' } as const;

/**
 * E-mailteksten (R15): every kind of mail in Dutch and English, at the employer's level or (for a
 * provider user) the provider's level for all its employers; the editor shows where each part
 * comes from, the variables, a live preview, and resets to the inherited text.
 */
export default function MailTextsPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const viewer = useStaffViewer();
  useDocumentTitle('mailTexts.title');
  const [params, setParams] = useSearchParams();
  const canProvider = viewer.scope === 'PROVIDER';
  const scope: MailTemplateScope = canProvider && params.get('niveau') === LEVEL_PARAM.PROVIDER ? 'PROVIDER' : 'EMPLOYER';
  const kindParam = params.get('soort') ?? '';
  const kind: MailKind = isMailKind(kindParam) ? kindParam : 'INVITATION';
  const locale: MailLocale = params.get('taal') === 'en' ? 'en' : 'nl';
  const level = useMemo<MailTemplateLevelInput>(
    () => (scope === 'EMPLOYER' ? { scope, employerId: employer.id } : { scope }),
    [scope, employer.id],
  );

  const [result, reexecute] = useQuery({
    query: mailTemplatesQuery,
    variables: { level },
    requestPolicy: 'cache-and-network',
  });
  const templates = result.data?.mailTemplates;
  const template = templates?.find((t) => t.kind === kind && t.locale === locale);

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const sourceLabel = (k: MailKind) => {
    const t = templates?.find((x) => x.kind === k && x.locale === locale);
    if (!t) return null;
    const sources = { subject: t.subjectSource, textBody: t.textBodySource, htmlBody: t.htmlBodySource };
    if (hasOwnText(scope, sources)) return 'own' as const;
    if (scope === 'EMPLOYER' && Object.values(sources).includes('PROVIDER')) return 'provider' as const;
    return null;
  };

  const levelName = scope === 'EMPLOYER' ? employer.name : employer.provider.name;

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'mailTexts.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'mailTexts.intro' })}</p>
        <p className={styles.small}>
          <Link to={employerPath(employer.id, 'e-mailteksten/niet-aangekomen')}>{intl.formatMessage({ id: 'mailTexts.failedLink' })}</Link>
        </p>
      </header>

      <section className={`${styles.card} ${page.controls}`} aria-label={intl.formatMessage({ id: 'mailTexts.choose' })}>
        {canProvider ? (
          <RadioGroup
            className={styles.choiceGroup}
            value={scope}
            onChange={(value) => set('niveau', value === 'PROVIDER' ? LEVEL_PARAM.PROVIDER : null)}
          >
            <Label className={styles.label}>{intl.formatMessage({ id: 'mailTexts.level.label' })}</Label>
            <div className={styles.choices}>
              <Radio value="EMPLOYER" className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: 'mailTexts.level.EMPLOYER' }, { employer: employer.name })}
              </Radio>
              <Radio value="PROVIDER" className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: 'mailTexts.level.PROVIDER' }, { provider: employer.provider.name })}
              </Radio>
            </div>
          </RadioGroup>
        ) : (
          <p className={styles.small} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'mailTexts.level.employerOnly' }, { employer: employer.name })}
          </p>
        )}
        <RadioGroup className={styles.choiceGroup} value={locale} onChange={(value) => set('taal', value === 'en' ? 'en' : null)}>
          <Label className={styles.label}>{intl.formatMessage({ id: 'mailTexts.locale.label' })}</Label>
          <div className={styles.choices}>
            <Radio value="nl" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'mailTexts.locale.nl' })}
            </Radio>
            <Radio value="en" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'mailTexts.locale.en' })}
            </Radio>
          </div>
        </RadioGroup>
      </section>

      {result.error && !templates && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!templates && !result.error && <PageStatus />}

      {templates && (
        <div className={page.layout}>
          <nav className={page.kinds} aria-label={intl.formatMessage({ id: 'mailTexts.kinds' })}>
            <div className={page.kindSelect}>
              <SelectField<MailKind>
                label={intl.formatMessage({ id: 'mailTexts.kind' })}
                value={kind}
                onChange={(value) => set('soort', value === 'INVITATION' ? null : value)}
                options={MAIL_KINDS.map((k) => ({ id: k, label: intl.formatMessage({ id: `mailTexts.kind.${k}` }) }))}
              />
            </div>
            <ListBox
              className={`${styles.list} ${page.kindList}`}
              aria-label={intl.formatMessage({ id: 'mailTexts.kinds' })}
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={[kind]}
              onSelectionChange={(selection: Selection) => {
                if (selection === 'all') return;
                const [first] = [...selection];
                if (first !== undefined) set('soort', first === 'INVITATION' ? null : String(first));
              }}
              items={MAIL_KINDS.map((k) => ({ id: k }))}
            >
              {({ id: k }) => {
                const mark = sourceLabel(k);
                return (
                  <ListBoxItem id={k} className={styles.listItem} textValue={intl.formatMessage({ id: `mailTexts.kind.${k}` })}>
                    <span className={styles.listMain}>
                      <span className={styles.listTitle}>{intl.formatMessage({ id: `mailTexts.kind.${k}` })}</span>
                      {mark && (
                        <span className={styles.listMeta}>
                          {intl.formatMessage({ id: mark === 'own' ? `mailTexts.mark.own.${scope}` : 'mailTexts.mark.provider' })}
                        </span>
                      )}
                    </span>
                  </ListBoxItem>
                );
              }}
            </ListBox>
          </nav>
          {template ? (
            <MailTextEditor
              key={`${scope}-${kind}-${locale}`}
              level={level}
              levelName={levelName}
              template={template}
              ownSource={ownSource(scope)}
              onChanged={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : (
            <Notice tone="error">{intl.formatMessage({ id: 'error.generic' })}</Notice>
          )}
        </div>
      )}
    </div>
  );
}
