//! What can go wrong with the mail settings, credentials, templates and the connection test.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong with the mail settings, credentials, templates and the connection test.
    #[non_exhaustive]
    pub enum MailError {
        /// A CR or LF in a mail field would inject SMTP commands or headers.
        #[error("the {field} field must be a single line")]
        HeaderInjection {
            /// The field concerned (from, name, bcc, host, user, password).
            field: &'static str,
        } = "mail.header-injection",
        /// A control character (tab, escape, bell, form feed, ...) in a header
        /// field: mail programs and terminals would act on it.
        #[error("the {field} field contains a control character")]
        HeaderControl {
            /// The field concerned (subject, name, attachment, reference).
            field: &'static str,
        } = "mail.header-control",
        /// An attachment name with a bidirectional override or isolate, which
        /// shows the name in another order than it is (`fdp.exe` as `exe.pdf`).
        #[error("the attachment name {name} contains a character that changes the direction of text")]
        AttachmentNameBidi {
            /// The refused name, with the characters shown as escapes.
            name: String,
        } = "mail.attachment-name-bidi",
        /// Not a valid e-mail address.
        #[error("{value} in the {field} field is not a valid e-mail address")]
        InvalidAddress {
            /// The field concerned.
            field: &'static str,
            /// The refused value.
            value: String,
        } = "mail.invalid-address",
        /// Not a valid host name or IP address.
        #[error("{host} is not a valid server name")]
        InvalidHost {
            /// The refused host.
            host: String,
        } = "mail.invalid-host",
        /// Port 0.
        #[error("the port must be between 1 and 65535")]
        InvalidPort = "mail.invalid-port",
        /// An unencrypted connection without the explicit flag.
        #[error("an unencrypted connection sends the password in clear; choose TLS or STARTTLS, or confirm the unencrypted connection explicitly")]
        PlainNotAllowed = "mail.plain-not-allowed",
        /// Unknown security mode.
        #[error("unknown security {value}; use tls, starttls or none")]
        UnknownSecurity {
            /// The refused value.
            value: String,
        } = "mail.unknown-security",
        /// Unknown authentication method.
        #[error("unknown authentication {value}; use plain, login, xoauth2 or none")]
        UnknownAuth {
            /// The refused value.
            value: String,
        } = "mail.unknown-auth",
        /// A login needs a user name and a password (or token), and only a login.
        #[error("signing in needs both a user name and a password or token")]
        PasswordRequired = "mail.password-required",
        /// No SMTP settings saved yet.
        #[error("no outgoing mail server is set up; run `sealdesk smtp set` first")]
        NotConfigured = "mail.not-configured",
        /// The OS credential store cannot be used.
        #[error("the system's password store cannot be used: {detail}")]
        CredentialStoreUnavailable {
            /// The store's explanation.
            detail: String,
        } = "mail.credential-store-unavailable",
        /// The credential store has no secret for the saved login.
        #[error("the system's password store has no password for {account}; enter it again with `sealdesk smtp set`")]
        CredentialMissing {
            /// The account (user@host:port).
            account: String,
        } = "mail.credential-missing",
        /// The extra CA file is not a PEM certificate.
        #[error("{path} is not a CA certificate in PEM form")]
        CaFileInvalid {
            /// The file.
            path: PathBuf,
        } = "mail.ca-file-invalid",
        /// The connection test stopped at a step (its outcome was printed).
        #[error("the connection test failed at the {step} step")]
        TestFailed {
            /// dns, connect, tls, auth or sender.
            step: String,
        } = "mail.test-failed",
        /// Bcc is refused by this provider (Italian PEC).
        #[error("{provider} refuses messages with Bcc recipients; remove the Bcc address")]
        BccNotAllowed {
            /// The provider's name.
            provider: String,
        } = "mail.bcc-not-allowed",
        /// A template names a placeholder SealDesk does not fill.
        #[error("unknown placeholder {{{name}}} in the {part}; use recipient, company, sender, document, certificate, valid_until, login or cert_password")]
        TemplateUnknownPlaceholder {
            /// The placeholder's name as written.
            name: String,
            /// subject, text or html.
            part: &'static str,
        } = "mail.template-unknown-placeholder",
        /// A `{` or `}` without its pair.
        #[error("a brace without its pair in the {part}; write {{{{ or }}}} for a literal brace")]
        TemplateUnbalancedBrace {
            /// subject, text or html.
            part: &'static str,
        } = "mail.template-unbalanced-brace",
        /// The template needs a value that was not given.
        #[error("no value given for the placeholder {{{name}}}")]
        TemplateValueMissing {
            /// The placeholder's name.
            name: &'static str,
        } = "mail.template-value-missing",
        /// A value that goes into the subject spans lines (header injection).
        #[error("the value of {{{name}}} goes into the subject and must be a single line")]
        TemplateMultilineValue {
            /// The placeholder's name.
            name: &'static str,
        } = "mail.template-multiline-value",
        /// Not one of the template kinds.
        #[error("unknown template {kind}; use signed-document, portal-certificate, portal-password or renewal-request")]
        TemplateUnknownKind {
            /// The refused kind.
            kind: String,
        } = "mail.template-unknown-kind",
        /// The password message must carry the password.
        #[error("the portal-password template must contain {{cert_password}}")]
        TemplatePasswordRequired = "mail.template-password-required",
        /// Only the password message may carry the password.
        #[error("the {kind} template must not contain {{cert_password}}: the password travels in its own message")]
        TemplatePasswordForbidden {
            /// The template kind.
            kind: &'static str,
        } = "mail.template-password-forbidden",
        /// The password may only be in the password message's text: a subject
        /// is shown in lists, notifications and the server's logs.
        #[error("{{cert_password}} may only be in the text of the portal-password template, not in its subject")]
        TemplatePasswordInSubject = "mail.template-password-in-subject",
        /// A template without a subject or a text.
        #[error("the {part} of a template cannot be empty")]
        TemplateEmpty {
            /// subject or text.
            part: &'static str,
        } = "mail.template-empty",
    }
}
