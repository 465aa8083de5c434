import { graphql } from '../../gql';

/** Mail texts (R15) at a level: the effective text of every kind and language, with its sources. */
export const mailTemplatesQuery = graphql(`
  query AdminMailTemplates($level: MailTemplateLevelInput!) {
    mailTemplates(level: $level) {
      kind
      locale
      subject
      subjectSource
      textBody
      textBodySource
      htmlBody
      htmlBodySource
      blocks {
        kind
        condition
        text
        items
        link
      }
    }
  }
`);

/** The variables a kind of mail may use (descriptions in the request's language). */
export const mailVariablesQuery = graphql(`
  query AdminMailVariables($kind: MailKind!) {
    mailVariables(kind: $kind) {
      name
      description
      sample
    }
  }
`);

export const previewMailTemplateMutation = graphql(`
  mutation AdminPreviewMailTemplate($input: PreviewMailTemplateInput!) {
    previewMailTemplate(input: $input) {
      subject
      textBody
      htmlBody
      userErrors {
        field
        code
      }
    }
  }
`);

export const setMailTemplateMutation = graphql(`
  mutation AdminSetMailTemplate($input: SetMailTemplateInput!) {
    setMailTemplate(input: $input) {
      template {
        kind
        locale
        subject
        subjectSource
        textBody
        textBodySource
        htmlBody
        htmlBodySource
        blocks {
          kind
          condition
          text
          items
          link
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const resetMailTemplateMutation = graphql(`
  mutation AdminResetMailTemplate($input: MailTemplateKeyInput!) {
    resetMailTemplate(input: $input) {
      template {
        kind
        locale
        subject
        subjectSource
        textBody
        textBodySource
        htmlBody
        htmlBodySource
        blocks {
          kind
          condition
          text
          items
          link
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);
