//! The one error type of the core.
//!
//! Every variant has a stable code (`store.in-use`, `admin.wrong-password`,
//! ...) and named parameters. The desktop UI and the CLI look the code up in
//! their Fluent files (`error-store-in-use`, ...) and pass the parameters as
//! Fluent arguments, so the sentence a user reads is always in their language.
//! The English `Display` text is the fallback and the log form; it never
//! contains a secret.

use serde::Serialize;
use serde_json::{json, Map, Value};
use std::path::PathBuf;

/// Result with the core [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core, with a stable code per variant.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    // --- Mail: SMTP settings, credential store ---
    /// A CR or LF in a mail field would inject SMTP commands or headers.
    #[error("the {field} field must be a single line")]
    MailHeaderInjection {
        /// The field concerned (from, name, bcc, host, user, password).
        field: &'static str,
    },
    /// A control character (tab, escape, bell, form feed, ...) in a header
    /// field: mail programs and terminals would act on it.
    #[error("the {field} field contains a control character")]
    MailHeaderControl {
        /// The field concerned (subject, name, attachment, reference).
        field: &'static str,
    },
    /// An attachment name with a bidirectional override or isolate, which
    /// shows the name in another order than it is (`fdp.exe` as `exe.pdf`).
    #[error("the attachment name {name} contains a character that changes the direction of text")]
    MailAttachmentNameBidi {
        /// The refused name, with the characters shown as escapes.
        name: String,
    },
    /// Not a valid e-mail address.
    #[error("{value} in the {field} field is not a valid e-mail address")]
    MailInvalidAddress {
        /// The field concerned.
        field: &'static str,
        /// The refused value.
        value: String,
    },
    /// Not a valid host name or IP address.
    #[error("{host} is not a valid server name")]
    MailInvalidHost {
        /// The refused host.
        host: String,
    },
    /// Port 0.
    #[error("the port must be between 1 and 65535")]
    MailInvalidPort,
    /// An unencrypted connection without the explicit flag.
    #[error("an unencrypted connection sends the password in clear; choose tls or starttls, or confirm with --allow-plain")]
    MailPlainNotAllowed,
    /// Unknown security mode.
    #[error("unknown security {value}; use tls, starttls or none")]
    MailUnknownSecurity {
        /// The refused value.
        value: String,
    },
    /// Unknown authentication method.
    #[error("unknown authentication {value}; use plain, login, xoauth2 or none")]
    MailUnknownAuth {
        /// The refused value.
        value: String,
    },
    /// A login needs a user name and a password (or token), and only a login.
    #[error("signing in needs both a user name and a password or token")]
    MailPasswordRequired,
    /// No SMTP settings saved yet.
    #[error("no outgoing mail server is set up; run `sealdesk smtp set` first")]
    MailNotConfigured,
    /// The OS credential store cannot be used.
    #[error("the system's password store cannot be used: {detail}")]
    MailCredentialStoreUnavailable {
        /// The store's explanation.
        detail: String,
    },
    /// The credential store has no secret for the saved login.
    #[error("the system's password store has no password for {account}; enter it again with `sealdesk smtp set`")]
    MailCredentialMissing {
        /// The account (user@host:port).
        account: String,
    },
    /// The extra CA file is not a PEM certificate.
    #[error("{path} is not a CA certificate in PEM form")]
    MailCaFileInvalid {
        /// The file.
        path: PathBuf,
    },
    /// The connection test stopped at a step (its outcome was printed).
    #[error("the connection test failed at the {step} step")]
    MailTestFailed {
        /// dns, connect, tls, auth or sender.
        step: String,
    },
    /// Bcc is refused by this provider (Italian PEC).
    #[error("{provider} refuses messages with Bcc recipients; remove the Bcc address")]
    MailBccNotAllowed {
        /// The provider's name.
        provider: String,
    },
    // --- Mail outbox: composition, queue, delivery ---
    /// A message needs at least one recipient.
    #[error("the message has no recipient; give at least one To, Cc or Bcc address")]
    MailNoRecipients,
    /// The encoded message is larger than the warning threshold.
    #[error("the message would be about {size} bytes, more than {limit} bytes that many mail servers accept; send smaller attachments or confirm with --allow-large")]
    MailMessageTooLarge {
        /// Estimated encoded size in bytes.
        size: u64,
        /// The threshold in bytes.
        limit: u64,
    },
    /// The message could not be put together.
    #[error("the message could not be composed: {detail}")]
    MailComposeFailed {
        /// lettre's explanation.
        detail: String,
    },
    /// No outbox message with this id.
    #[error("there is no message {id} in the outbox")]
    MailOutboxNotFound {
        /// The id asked for.
        id: i64,
    },
    /// A spooled message is not a plain file of the outbox folder (a link,
    /// a folder, a file with other names): it is not sent.
    #[error(
        "the spooled message {path} is not a plain file of the outbox folder; it was not sent"
    )]
    MailSpoolInvalid {
        /// The spool path.
        path: PathBuf,
    },
    /// The outbox message is not in a state that allows the action.
    #[error("message {id} is {state}; this cannot be done now")]
    MailOutboxWrongState {
        /// The message.
        id: i64,
        /// Its state.
        state: String,
    },
    /// The program stopped while the server was receiving the message.
    #[error("sending was interrupted while the server was receiving the message; it may have arrived. Check with the recipient, then retry or cancel it")]
    MailOutcomeUnknown,
    /// The SMTP server could not be reached or the secure connection failed.
    #[error("the mail server could not be reached: {detail}")]
    MailServerUnreachable {
        /// The system's or TLS library's explanation.
        detail: String,
    },
    /// The SMTP server refused the sign-in.
    #[error("the mail server refused the sign-in: {reply}")]
    MailAuthRefused {
        /// The server's reply.
        reply: String,
    },
    /// The SMTP server answered with a temporary error (4xx).
    #[error("the mail server deferred the message: {reply}")]
    MailDeferred {
        /// The server's reply.
        reply: String,
    },
    /// The SMTP server refused the message for good (5xx).
    #[error("the mail server refused the message: {reply}")]
    MailRejected {
        /// The server's reply.
        reply: String,
    },
    /// The connection broke during delivery.
    #[error("the connection to the mail server broke: {detail}")]
    MailConnectionLost {
        /// The system's explanation.
        detail: String,
    },
    // --- Mail templates ---
    /// A template names a placeholder SealDesk does not fill.
    #[error("unknown placeholder {{{name}}} in the {part}; use recipient, company, sender, document, certificate, valid_until, login or cert_password")]
    MailTemplateUnknownPlaceholder {
        /// The placeholder's name as written.
        name: String,
        /// subject, text or html.
        part: &'static str,
    },
    /// A `{` or `}` without its pair.
    #[error("a brace without its pair in the {part}; write {{{{ or }}}} for a literal brace")]
    MailTemplateUnbalancedBrace {
        /// subject, text or html.
        part: &'static str,
    },
    /// The template needs a value that was not given.
    #[error("no value given for the placeholder {{{name}}}")]
    MailTemplateValueMissing {
        /// The placeholder's name.
        name: &'static str,
    },
    /// A value that goes into the subject spans lines (header injection).
    #[error("the value of {{{name}}} goes into the subject and must be a single line")]
    MailTemplateMultilineValue {
        /// The placeholder's name.
        name: &'static str,
    },
    /// Not one of the template kinds.
    #[error("unknown template {kind}; use signed-document, portal-certificate, portal-password or renewal-request")]
    MailTemplateUnknownKind {
        /// The refused kind.
        kind: String,
    },
    /// The password message must carry the password.
    #[error("the portal-password template must contain {{cert_password}}")]
    MailTemplatePasswordRequired,
    /// Only the password message may carry the password.
    #[error("the {kind} template must not contain {{cert_password}}: the password travels in its own message")]
    MailTemplatePasswordForbidden {
        /// The template kind.
        kind: &'static str,
    },
    /// The password may only be in the password message's text: a subject
    /// is shown in lists, notifications and the server's logs.
    #[error("{{cert_password}} may only be in the text of the portal-password template, not in its subject")]
    MailTemplatePasswordInSubject,
    /// A template without a subject or a text.
    #[error("the {part} of a template cannot be empty")]
    MailTemplateEmpty {
        /// subject or text.
        part: &'static str,
    },
    /// Another SealDesk process holds the store's write lock for too long.
    #[error("the SealDesk store is in use by another SealDesk window or command; close it or try again in a moment")]
    StoreInUse,
    /// The store was written by a newer SealDesk.
    #[error("the store was created by a newer SealDesk (schema version {found}, this program knows up to {known}); install the newer version")]
    SchemaTooNew {
        /// Schema version found in the file.
        found: i64,
        /// Highest schema version this program knows.
        known: i64,
    },
    /// The file is not a SQLite database or is damaged.
    #[error("the store file {path} is damaged or is not a SealDesk store")]
    StoreCorrupt {
        /// Path of the store file.
        path: PathBuf,
    },
    /// The store's file or folder cannot be written by this user: it was
    /// opened for reading, and a change was asked for.
    #[error("the SealDesk store is read-only for this user; ask for write access to the data folder to change anything")]
    StoreReadOnly,
    /// The disk of the store is full.
    #[error("the disk holding the SealDesk store is full; free some space and try again")]
    StoreDiskFull,
    /// No store exists yet at the data folder.
    #[error("no SealDesk store in {path}; run `sealdesk init` first")]
    StoreMissing {
        /// The data folder that was searched.
        path: PathBuf,
    },
    /// The OS gives no application-data folder and none was given.
    #[error("no application-data folder is known for this user; pass --data-dir")]
    NoDataDir,
    /// A file or folder could not be read or written.
    #[error("could not use {path}: {detail}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// The operating system's explanation.
        detail: String,
    },
    /// A file could not be written because its disk is full.
    #[error("the disk is full: {path} could not be written")]
    IoDiskFull {
        /// The file or folder concerned.
        path: PathBuf,
    },
    /// The OS credential store did not answer in time: it is locked and
    /// waits for someone to unlock it.
    #[error("the system's password store ({store}) did not answer; unlock it and try again")]
    SecretsLocked {
        /// The credential store's name on this system.
        store: &'static str,
    },
    /// An unexpected database failure (a bug or a broken disk).
    #[error("database error: {0}")]
    Database(String),
    /// `init` on a store that already has an administrator.
    #[error("SealDesk is already set up in this data folder")]
    AlreadyInitialized,
    /// An operation that needs the administrator before the first-run set-up.
    #[error("SealDesk is not set up yet; create the administrator first")]
    NotInitialized,
    /// A new password shorter than the minimum.
    #[error("the password must have at least {min} characters")]
    PasswordTooShort {
        /// Minimum number of characters.
        min: usize,
    },
    /// A required name field was empty.
    #[error("the name must not be empty")]
    NameRequired,
    /// Wrong administrator password; the next try waits.
    #[error("wrong password; you can try again in {retry_after_seconds} s")]
    WrongPassword {
        /// Seconds before the next attempt is accepted.
        retry_after_seconds: u64,
    },
    /// Wrong recovery code; the next try waits.
    #[error("the recovery code is not correct; you can try again in {retry_after_seconds} s")]
    WrongRecoveryCode {
        /// Seconds before the next attempt is accepted.
        retry_after_seconds: u64,
    },
    /// An attempt before the waiting time of the last wrong one ended.
    #[error("too many wrong attempts; wait {seconds} s and try again")]
    Throttled {
        /// Seconds left to wait.
        seconds: u64,
    },
    /// The session is locked (never unlocked, locked by hand or idle).
    #[error("SealDesk is locked; unlock it with the administrator password")]
    Locked,
    /// A language tag that is not one of the six supported ones.
    #[error("unsupported language {tag}")]
    UnsupportedLanguage {
        /// The tag given.
        tag: String,
    },
    /// An idle-lock time outside the allowed range.
    #[error("the idle lock time must be between {min} and {max} minutes")]
    IdleLockOutOfRange {
        /// Smallest allowed value.
        min: u32,
        /// Largest allowed value.
        max: u32,
    },
    /// A key algorithm name SealDesk does not know.
    #[error("unknown key algorithm {name}; use ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096")]
    UnsupportedKeyAlgorithm {
        /// The name given.
        name: String,
    },
    /// The cryptographic library could not generate a key.
    #[error("could not generate a {algorithm} key")]
    KeyGeneration {
        /// The algorithm's name.
        algorithm: String,
    },
    /// A key file would replace an existing file.
    #[error("{path} already exists; choose another file name")]
    KeyFileExists {
        /// The path.
        path: PathBuf,
    },
    /// A key file needs a password.
    #[error("a key file needs a password")]
    KeyPasswordRequired,
    /// The password does not open the key file.
    #[error("the password does not open the key file {path}")]
    WrongKeyPassword {
        /// The key file.
        path: PathBuf,
    },
    /// The file is not an encrypted private key.
    #[error("{path} is not an encrypted private key (PKCS#8)")]
    KeyFileInvalid {
        /// The file.
        path: PathBuf,
    },
    /// The private key is not EC P-256, EC P-384 or RSA 2048, 3072 or 4096.
    #[error("the private key is not EC P-256, EC P-384 or RSA 2048, 3072 or 4096")]
    UnsupportedPrivateKey,
    /// Signing failed.
    #[error("signing failed: {detail}")]
    SigningFailed {
        /// What went wrong.
        detail: String,
    },
    /// No key with id {id} in the store.
    #[error("no key with id {id} in the store")]
    KeyNotFound {
        /// The id asked for.
        id: i64,
    },
    /// Key {id} is kept in a {location}.
    #[error("key {id} is kept in a {location}: give its password for a file, its PIN for a token")]
    WrongSecretKind {
        /// The key.
        id: i64,
        /// `file` or `token`.
        location: String,
    },
    /// No PKCS#11 module is set.
    #[error(
        "no PKCS#11 module is set; choose the token's module library in Settings or pass --module"
    )]
    TokenModuleNotSet,
    /// Could not load the PKCS#11 module {module}.
    #[error("could not load the PKCS#11 module {module}: {detail}")]
    TokenModuleLoad {
        /// The library path.
        module: String,
        /// The loader's explanation.
        detail: String,
    },
    /// No token labelled {label} is present.
    #[error("no token labelled {label} is present; insert it or check the label")]
    TokenNotFound {
        /// The token label.
        label: String,
    },
    /// The PIN is not correct.
    #[error("the PIN is not correct")]
    TokenWrongPin,
    /// The token's PIN is locked after too many wrong tries.
    #[error("the token's PIN is locked after too many wrong tries; unlock it with the token's tool (SO PIN)")]
    TokenPinLocked,
    /// The key {label} is not on the token.
    #[error("the key {label} is not on the token")]
    TokenKeyNotFound {
        /// The key object's label.
        label: String,
    },
    /// The token failed during {operation}.
    #[error("the token failed during {operation}: {detail}")]
    TokenFailure {
        /// What SealDesk asked the token to do.
        operation: String,
        /// The PKCS#11 return code in plain words.
        detail: String,
    },
    /// The password does not open this PKCS#12 file.
    #[error("the password does not open this PKCS#12 file")]
    Pkcs12WrongPassword,
    /// The file is not a readable PKCS#12 file.
    #[error("the file is not a readable PKCS#12 file: {detail}")]
    Pkcs12Invalid {
        /// What is wrong.
        detail: String,
    },
    /// The PKCS#12 password has characters PKCS#12 cannot encode.
    #[error("a PKCS#12 password cannot contain emoji or other characters outside Unicode's Basic Multilingual Plane")]
    Pkcs12PasswordUnsupported,
    /// A PKCS#12 file SealDesk writes needs a password.
    #[error("a PKCS#12 file needs a password")]
    Pkcs12PasswordRequired,
    /// Not a readable X.509 certificate.
    #[error("not a readable X.509 certificate: {detail}")]
    CertificateInvalid {
        /// What is wrong.
        detail: String,
    },
    /// Not a readable certificate request, or its signature does not verify.
    #[error("not a usable certificate request (PKCS#10): {detail}")]
    CsrInvalid {
        /// What is wrong.
        detail: String,
    },
    /// {path} holds no certificate.
    #[error("{path} holds no certificate")]
    NothingToImport {
        /// The file.
        path: PathBuf,
    },
    /// The private key does not belong to the certificate.
    #[error("the private key does not belong to the certificate")]
    KeyDoesNotMatchCertificate,
    /// No certificate with id {id} in the store.
    #[error("no certificate with id {id} in the store")]
    CertificateNotFound {
        /// The id asked for.
        id: i64,
    },
    /// Certificate {id} is already revoked.
    #[error("certificate {id} is already revoked")]
    CertificateRevoked {
        /// The certificate.
        id: i64,
    },
    /// Certificate {id} was not issued by one of the company's seals.
    #[error("certificate {id} was not issued by one of the company's seals")]
    NotIssuedBySeal {
        /// The certificate.
        id: i64,
    },
    /// The fingerprint given is not certificate {id}'s SHA-256 fingerprint.
    #[error("the fingerprint given is not the SHA-256 fingerprint of certificate {id}")]
    FingerprintMismatch {
        /// The certificate.
        id: i64,
    },
    /// Certificate {id} is not a CA certificate, so it cannot be a trust anchor.
    #[error("certificate {id} is not a CA certificate and cannot be trusted as a root")]
    TrustNotCa {
        /// The certificate.
        id: i64,
    },
    /// Certificate {id} is a company seal, trusted as long as it exists.
    #[error("certificate {id} is a company seal and stays trusted")]
    SealAlwaysTrusted {
        /// The certificate.
        id: i64,
    },
    /// A certificate's signature does not verify with its own key (a
    /// self-signed one) or with its issuer's key: it was altered.
    #[error(
        "the signature of the certificate {subject} does not verify: it was altered or damaged"
    )]
    CertificateSignatureInvalid {
        /// The certificate's subject.
        subject: String,
    },
    /// No company seal with id {id}.
    #[error("no company seal with id {id}")]
    SealNotFound {
        /// The id asked for.
        id: i64,
    },
    /// The company seal {id} cannot issue certificates.
    #[error("the company seal {id} cannot issue certificates: it is {reason}")]
    SealNotUsable {
        /// The seal.
        id: i64,
        /// `expired`, `revoked`, `superseded` or `not-yet-valid`.
        reason: String,
    },
    /// {field} must not be empty.
    #[error("{field} must not be empty")]
    FieldRequired {
        /// The field's stable name (`cn`, `org`, ...).
        field: String,
    },
    /// {field} may have at most {max} characters.
    #[error("{field} may have at most {max} characters")]
    FieldTooLong {
        /// The field.
        field: String,
        /// The limit.
        max: usize,
    },
    /// {field} holds a control character or a text-direction override
    /// (U+202A-202E, U+2066-2069), which could make a name display as
    /// another.
    #[error("{field} contains a control character or a text-direction override character")]
    FieldInvalidCharacter {
        /// The field.
        field: String,
    },
    /// {value} is not a two-letter country code (ISO 3166, e.g. PL, IL, IT, UA).
    #[error("{value} is not a two-letter country code (ISO 3166, e.g. PL, IL, IT, UA)")]
    InvalidCountry {
        /// What was given.
        value: String,
    },
    /// {value} is not an organization identifier of the form VATPL-5260250274 or NTRUA-14360570.
    #[error(
        "{value} is not an organization identifier of the form VATPL-5260250274 or NTRUA-14360570"
    )]
    InvalidOrganizationIdentifier {
        /// What was given.
        value: String,
    },
    /// {value} is not an e-mail address.
    #[error("{value} is not an e-mail address")]
    InvalidEmail {
        /// What was given.
        value: String,
    },
    /// The validity must be between {min} and {max} {unit}.
    #[error("the validity must be between {min} and {max} {unit}")]
    ValidityOutOfRange {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
        /// `days` or `years`.
        unit: String,
    },
    /// Unknown certificate profile {name}.
    #[error("unknown certificate profile {name}; use signing or portal-user")]
    UnknownProfile {
        /// The name given.
        name: String,
    },
    /// A portal-user certificate needs the company code and the login.
    #[error("a portal-user certificate needs the company code and the login")]
    PortalUserFieldsRequired,
    /// The certificate could not be made.
    #[error("the certificate could not be made: {detail}")]
    CertificateGeneration {
        /// What went wrong.
        detail: String,
    },
    /// {path}.
    #[error("{path}: name the file .pem for PEM or .cer/.der/.crt for DER")]
    UnknownExportFormat {
        /// The file.
        path: PathBuf,
    },
    /// {path} already exists and was left as it is.
    #[error("{path} already exists and was left as it is; choose another file name")]
    FileExists {
        /// The file.
        path: PathBuf,
    },
    /// {path} is a folder, device or pipe where a file was expected.
    #[error("{path} is not an ordinary file (a folder, device or pipe); give a file")]
    NotARegularFile {
        /// The path given.
        path: PathBuf,
    },
    /// {path} is larger than any file of its kind SealDesk reads.
    #[error("{path} is larger than {limit} bytes, more than a file of this kind can be")]
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// The most bytes read from a file of this kind.
        limit: u64,
    },
    /// A key on a token cannot be exported.
    #[error("the key of certificate {id} is on a token and cannot leave it; a PKCS#12 file needs a key kept in a file")]
    KeyNotExportable {
        /// The certificate.
        id: i64,
    },
    /// The certificate's private key is not held by SealDesk.
    #[error("SealDesk does not hold the private key of certificate {id}")]
    CertificateHasNoKey {
        /// The certificate.
        id: i64,
    },
    /// A long operation was cancelled by the user.
    #[error("cancelled")]
    Cancelled,
    // National business identifiers.
    /// The identifier has the wrong length or characters for its kind.
    #[error("{value} is not a {kind} of {country}: wrong length or characters")]
    IdInvalidFormat {
        /// Two-letter country code.
        country: String,
        /// The identifier's kind (NIP, REGON, EDRPOU, ...).
        kind: String,
        /// What was given, normalised.
        value: String,
    },
    /// The identifier's check digit does not match: a typing mistake.
    #[error("{value} is not a valid {kind} of {country}: the check digit does not match (a typing mistake?)")]
    IdInvalidChecksum {
        /// Two-letter country code.
        country: String,
        /// The identifier's kind.
        kind: String,
        /// What was given, normalised.
        value: String,
    },
    // Signing documents.
    /// The certificate cannot be relied on now.
    #[error("certificate {id} cannot sign: it is {status}")]
    CertificateNotUsable {
        /// The certificate.
        id: i64,
        /// expired, not-yet-valid, revoked or issuer-invalid.
        status: String,
    },
    /// The kind asked for does not exist for the country.
    #[error("{kind} is not a kind of identifier SealDesk knows for {country}")]
    IdUnknownKind {
        /// Two-letter country code.
        country: String,
        /// The kind asked for.
        kind: String,
    },
    // Signing identities.
    /// No identity with this id.
    #[error("there is no signing identity {id}")]
    IdentityNotFound {
        /// The id asked for.
        id: i64,
    },
    /// The signing password is shorter than the rule allows.
    #[error("the signing password needs at least {min} characters")]
    SigningPasswordTooShort {
        /// Fewest characters.
        min: usize,
    },
    /// The identity's request still waits for the CA's certificate.
    #[error("signing identity {id} has no certificate yet: attach the certificate the CA sent for its request")]
    IdentityAwaitingCertificate {
        /// The identity.
        id: i64,
    },
    /// The identity's certificate cannot be relied on now.
    #[error("signing identity {id} cannot sign: its certificate is {status}")]
    IdentityCertificateNotValid {
        /// The identity.
        id: i64,
        /// expired, not-yet-valid, revoked or issuer-invalid.
        status: String,
    },
    /// The file has no certificate for the identity's key.
    #[error("the file has no certificate for the key of signing identity {id}; it answers another request")]
    IdentityCertificateMismatch {
        /// The identity.
        id: i64,
    },
    // PDF signing (PAdES).
    /// The PDF is encrypted; its objects cannot be read or extended.
    #[error("{path} is an encrypted PDF; remove its password before signing it")]
    PdfEncrypted {
        /// The PDF.
        path: PathBuf,
    },
    /// A certification signature on the PDF allows no further change.
    #[error("{path} is certified with no changes allowed; another signature would break it")]
    PdfNoChangesAllowed {
        /// The PDF.
        path: PathBuf,
    },
    /// The file is not a PDF the signer can read.
    #[error("{path} cannot be read as a PDF: {reason}")]
    PdfUnreadable {
        /// The file.
        path: PathBuf,
        /// What is wrong, in English.
        reason: String,
    },
    /// The file opens in PDF readers but does not start with its `%PDF-`
    /// header (bytes before it, or no header at all): its offsets cannot
    /// be trusted, so it is not signed inside.
    #[error("{path} does not start with a PDF header; save it again from a PDF reader, or sign it detached")]
    PdfHeaderNotAtStart {
        /// The file.
        path: PathBuf,
    },
    /// A detached signature (CMS) was to be written to a name ending in
    /// `.pdf`, which would then be no PDF at all.
    #[error("{path} ends in .pdf; a detached signature is written to a .p7s file")]
    PdfDetachedOutputNamedPdf {
        /// The output asked for.
        path: PathBuf,
    },
    // Verifying signatures.
    /// The detached signature file of a document is not there.
    #[error("no signature file {path}; give it with --signature")]
    SignatureFileMissing {
        /// The signature file looked for.
        path: PathBuf,
    },
    /// A signature file that is not a CMS SignedData.
    #[error("{path} is not a CMS signature (.p7s) or is damaged")]
    SignatureNotCms {
        /// The signature file.
        path: PathBuf,
    },
    /// A document's signatures were checked and are not valid.
    #[error("the signatures of {path} are not valid")]
    SignatureNotValid {
        /// The document.
        path: PathBuf,
    },
    // Batch renewal.
    /// A contact phone number that is not one.
    #[error("{value} is not a phone number: use digits, an optional leading +, spaces or dashes, 9 to 15 digits")]
    RenewalInvalidPhone {
        /// The phone number as given.
        value: String,
    },
    /// Certificates whose e-mail is in a forbidden domain and was not corrected.
    #[error("the e-mail of these certificates is in a forbidden domain; give a new address with --set-email: {certificates}")]
    RenewalForbiddenEmail {
        /// `ID (address)` entries, comma-separated.
        certificates: String,
    },
    /// A certificate that cannot be renewed by a run.
    #[error("certificate {id} cannot be renewed: {reason}")]
    RenewalNotRenewable {
        /// The certificate.
        id: i64,
        /// Why: `no-key`, `revoked`, `superseded`, `expired-long-ago`, `ca`, `planned`.
        reason: String,
    },
    /// A start date after the old certificate's expiry.
    #[error("the new certificate for {id} cannot start on {date}, after the old one expires")]
    RenewalStartAfterExpiry {
        /// The old certificate.
        id: i64,
        /// The start date asked for.
        date: String,
    },
    /// A plan without certificates.
    #[error("choose at least one certificate to renew")]
    RenewalNothingToRenew,
    /// No renewal run with this id.
    #[error("there is no renewal run {id}")]
    RenewalRunNotFound {
        /// The run id asked for.
        id: i64,
    },
    /// An issued certificate that answers no request of a run.
    #[error("the certificate in {path} answers no renewal request")]
    RenewalNoMatch {
        /// The file.
        path: PathBuf,
    },
    /// A step asked of an item in a state that does not allow it.
    #[error("renewal of certificate {id} is {state}; this step is not possible now")]
    RenewalWrongState {
        /// The old certificate of the item.
        id: i64,
        /// The item's state.
        state: String,
    },
    /// Another process is running the same renewal run.
    #[error("renewal run {id} is being run by another SealDesk window or command; wait for it to finish")]
    RenewalRunBusy {
        /// The run.
        id: i64,
    },
    /// A delivery method that does not exist.
    #[error("{method} is not a way to deliver requests; use export:FOLDER or mail:ADDRESS")]
    RenewalDeliveryUnsupported {
        /// The method asked for.
        method: String,
    },

    // --- Renewal documents: generated PDFs, accession card, tax notification ---
    /// The bundled font could not be read or subset (a damaged installation).
    #[error("the document font cannot be used: {reason}")]
    DocumentFont {
        /// What the font library reported.
        reason: String,
    },
    /// A notification lists installed certificates, and the run has none yet.
    #[error("no new certificate of renewal run {id} is installed yet; import the issued certificates first")]
    RenewalNothingInstalled {
        /// The run.
        id: i64,
    },
    /// A file imported as a receipt that does not name the item's request.
    #[error("{path} is not a receipt for the renewal request of certificate {id}")]
    RenewalNotAReceipt {
        /// The file.
        path: PathBuf,
        /// The old certificate of the item.
        id: i64,
    },
    /// A receipt file imported a second time.
    #[error("{path} was already imported as receipt {number}")]
    RenewalReceiptDuplicate {
        /// The file.
        path: PathBuf,
        /// The receipt it was recorded as.
        number: i64,
    },
    /// A notification format that is not one.
    #[error("{value} is not a notification format: use pdf or csv")]
    RenewalNotificationFormat {
        /// The format as given.
        value: String,
    },
    // Batch renewal: price list, phrase, cancelling.
    /// An amount that is not a non-negative decimal with at most two
    /// fractional digits.
    #[error("{value} is not an amount: write it like 1234.50")]
    RenewalInvalidAmount {
        /// The amount as given.
        value: String,
    },
    /// A currency that is not a three-letter ISO 4217 code.
    #[error("{value} is not a currency code: use three letters like UAH, PLN, EUR, ILS")]
    RenewalInvalidCurrency {
        /// The currency as given.
        value: String,
    },
    /// No price set for this CA and term.
    #[error("there is no price for {ca} for {term_years} years")]
    RenewalPriceNotFound {
        /// The CA's name.
        ca: String,
        /// The term, in years.
        term_years: i64,
    },
    /// The phrase of a run is not in the OS credential store.
    #[error("the phrase for blocking by phone of renewal run {id} is not in the credential store")]
    RenewalPhraseMissing {
        /// The run.
        id: i64,
    },
    /// A certificate that is not part of a run.
    #[error("certificate {id} is not part of renewal run {run}")]
    RenewalItemNotFound {
        /// The run.
        run: i64,
        /// The certificate.
        id: i64,
    },
}

/// Every stable code [`Error::code`] can return, for completeness checks of
/// the translations.
pub const CODES: &[&str] = &[
    "store.in-use",
    "store.schema-too-new",
    "store.corrupt",
    "store.read-only",
    "store.disk-full",
    "store.missing",
    "store.no-data-dir",
    "io",
    "io.disk-full",
    "secrets.locked",
    "store.database",
    "admin.already-initialized",
    "admin.not-initialized",
    "admin.password-too-short",
    "admin.name-required",
    "admin.wrong-password",
    "admin.wrong-recovery-code",
    "admin.throttled",
    "session.locked",
    "settings.unsupported-language",
    "settings.idle-lock-out-of-range",
    "key.unsupported-algorithm",
    "key.generation-failed",
    "key.file-exists",
    "key.password-required",
    "key.wrong-password",
    "key.file-invalid",
    "key.unsupported-private-key",
    "key.signing-failed",
    "key.not-found",
    "key.secret-kind",
    "token.module-not-set",
    "token.module-load",
    "token.not-found",
    "token.wrong-pin",
    "token.pin-locked",
    "token.key-not-found",
    "token.failure",
    "pkcs12.wrong-password",
    "pkcs12.invalid",
    "pkcs12.password-unsupported",
    "pkcs12.password-required",
    "cert.invalid",
    "csr.invalid",
    "cert.nothing-to-import",
    "cert.key-mismatch",
    "cert.not-found",
    "cert.already-revoked",
    "cert.not-issued-by-seal",
    "cert.fingerprint-mismatch",
    "cert.trust-not-ca",
    "cert.seal-always-trusted",
    "cert.signature-invalid",
    "seal.not-found",
    "seal.not-usable",
    "pki.field-required",
    "pki.field-too-long",
    "pki.field-invalid-character",
    "pki.invalid-country",
    "pki.invalid-org-id",
    "pki.invalid-email",
    "pki.validity-out-of-range",
    "pki.unknown-profile",
    "pki.portal-user-fields",
    "pki.generation-failed",
    "pki.unknown-export-format",
    "io.file-exists",
    "io.not-a-regular-file",
    "io.file-too-large",
    "key.not-exportable",
    "cert.no-key",
    "cancelled",
    "id.invalid-format",
    "id.invalid-checksum",
    "id.unknown-kind",
    "sign.certificate-not-usable",
    "identity.not-found",
    "identity.password-too-short",
    "identity.awaiting-certificate",
    "identity.certificate-not-valid",
    "identity.certificate-mismatch",
    // PDF signing (PAdES).
    "pdf.encrypted",
    "pdf.no-changes-allowed",
    "pdf.unreadable",
    "pdf.header-not-at-start",
    "pdf.detached-output-named-pdf",
    "verify.signature-missing",
    "verify.not-cms",
    "verify.not-valid",
    // Mail
    "mail.header-injection",
    "mail.header-control",
    "mail.attachment-name-bidi",
    "mail.invalid-address",
    "mail.invalid-host",
    "mail.invalid-port",
    "mail.plain-not-allowed",
    "mail.unknown-security",
    "mail.unknown-auth",
    "mail.password-required",
    "mail.not-configured",
    "mail.credential-store-unavailable",
    "mail.credential-missing",
    "mail.ca-file-invalid",
    "mail.bcc-not-allowed",
    "mail.test-failed",
    // Mail outbox
    "mail.no-recipients",
    "mail.message-too-large",
    "mail.compose-failed",
    "mail.outbox-not-found",
    "mail.spool-invalid",
    "mail.outbox-wrong-state",
    "mail.outcome-unknown",
    "mail.server-unreachable",
    "mail.auth-refused",
    "mail.deferred",
    "mail.rejected",
    "mail.connection-lost",
    // Mail templates.
    "mail.template-unknown-placeholder",
    "mail.template-unbalanced-brace",
    "mail.template-value-missing",
    "mail.template-multiline-value",
    "mail.template-unknown-kind",
    "mail.template-password-required",
    "mail.template-password-forbidden",
    "mail.template-password-in-subject",
    "mail.template-empty",
    // Batch renewal.
    "renewal.invalid-phone",
    "renewal.forbidden-email",
    "renewal.not-renewable",
    "renewal.start-after-expiry",
    "renewal.no-certificates",
    "renewal.run-not-found",
    "renewal.no-match",
    "renewal.wrong-state",
    "renewal.delivery-unsupported",
    "renewal.run-busy",
    // Renewal documents.
    "document.font",
    "renewal.nothing-installed",
    "renewal.not-a-receipt",
    "renewal.receipt-duplicate",
    "renewal.notification-format",
    // Batch renewal: price list, phrase, cancelling.
    "renewal.invalid-amount",
    "renewal.invalid-currency",
    "renewal.price-not-found",
    "renewal.phrase-missing",
    "renewal.item-not-found",
];

impl Error {
    /// The stable code of this error, e.g. `store.in-use`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::StoreInUse => "store.in-use",
            Error::SchemaTooNew { .. } => "store.schema-too-new",
            Error::StoreCorrupt { .. } => "store.corrupt",
            Error::StoreReadOnly => "store.read-only",
            Error::StoreDiskFull => "store.disk-full",
            Error::StoreMissing { .. } => "store.missing",
            Error::NoDataDir => "store.no-data-dir",
            Error::Io { .. } => "io",
            Error::IoDiskFull { .. } => "io.disk-full",
            Error::SecretsLocked { .. } => "secrets.locked",
            Error::Database(_) => "store.database",
            Error::AlreadyInitialized => "admin.already-initialized",
            Error::NotInitialized => "admin.not-initialized",
            Error::PasswordTooShort { .. } => "admin.password-too-short",
            Error::NameRequired => "admin.name-required",
            Error::WrongPassword { .. } => "admin.wrong-password",
            Error::WrongRecoveryCode { .. } => "admin.wrong-recovery-code",
            Error::Throttled { .. } => "admin.throttled",
            Error::Locked => "session.locked",
            Error::UnsupportedLanguage { .. } => "settings.unsupported-language",
            Error::IdleLockOutOfRange { .. } => "settings.idle-lock-out-of-range",
            Error::UnsupportedKeyAlgorithm { .. } => "key.unsupported-algorithm",
            Error::KeyGeneration { .. } => "key.generation-failed",
            Error::KeyFileExists { .. } => "key.file-exists",
            Error::KeyPasswordRequired => "key.password-required",
            Error::WrongKeyPassword { .. } => "key.wrong-password",
            Error::KeyFileInvalid { .. } => "key.file-invalid",
            Error::UnsupportedPrivateKey => "key.unsupported-private-key",
            Error::SigningFailed { .. } => "key.signing-failed",
            Error::KeyNotFound { .. } => "key.not-found",
            Error::WrongSecretKind { .. } => "key.secret-kind",
            Error::TokenModuleNotSet => "token.module-not-set",
            Error::TokenModuleLoad { .. } => "token.module-load",
            Error::TokenNotFound { .. } => "token.not-found",
            Error::TokenWrongPin => "token.wrong-pin",
            Error::TokenPinLocked => "token.pin-locked",
            Error::TokenKeyNotFound { .. } => "token.key-not-found",
            Error::TokenFailure { .. } => "token.failure",
            Error::Pkcs12WrongPassword => "pkcs12.wrong-password",
            Error::Pkcs12Invalid { .. } => "pkcs12.invalid",
            Error::Pkcs12PasswordUnsupported => "pkcs12.password-unsupported",
            Error::Pkcs12PasswordRequired => "pkcs12.password-required",
            Error::CertificateInvalid { .. } => "cert.invalid",
            Error::CsrInvalid { .. } => "csr.invalid",
            Error::NothingToImport { .. } => "cert.nothing-to-import",
            Error::KeyDoesNotMatchCertificate => "cert.key-mismatch",
            Error::CertificateNotFound { .. } => "cert.not-found",
            Error::CertificateRevoked { .. } => "cert.already-revoked",
            Error::NotIssuedBySeal { .. } => "cert.not-issued-by-seal",
            Error::FingerprintMismatch { .. } => "cert.fingerprint-mismatch",
            Error::TrustNotCa { .. } => "cert.trust-not-ca",
            Error::SealAlwaysTrusted { .. } => "cert.seal-always-trusted",
            Error::CertificateSignatureInvalid { .. } => "cert.signature-invalid",
            Error::SealNotFound { .. } => "seal.not-found",
            Error::SealNotUsable { .. } => "seal.not-usable",
            Error::FieldRequired { .. } => "pki.field-required",
            Error::FieldTooLong { .. } => "pki.field-too-long",
            Error::FieldInvalidCharacter { .. } => "pki.field-invalid-character",
            Error::InvalidCountry { .. } => "pki.invalid-country",
            Error::InvalidOrganizationIdentifier { .. } => "pki.invalid-org-id",
            Error::InvalidEmail { .. } => "pki.invalid-email",
            Error::ValidityOutOfRange { .. } => "pki.validity-out-of-range",
            Error::UnknownProfile { .. } => "pki.unknown-profile",
            Error::PortalUserFieldsRequired => "pki.portal-user-fields",
            Error::CertificateGeneration { .. } => "pki.generation-failed",
            Error::UnknownExportFormat { .. } => "pki.unknown-export-format",
            Error::FileExists { .. } => "io.file-exists",
            Error::NotARegularFile { .. } => "io.not-a-regular-file",
            Error::FileTooLarge { .. } => "io.file-too-large",
            Error::KeyNotExportable { .. } => "key.not-exportable",
            Error::IdInvalidFormat { .. } => "id.invalid-format",
            Error::IdInvalidChecksum { .. } => "id.invalid-checksum",
            Error::IdUnknownKind { .. } => "id.unknown-kind",
            Error::CertificateNotUsable { .. } => "sign.certificate-not-usable",
            // PDF signing (PAdES).
            Error::PdfEncrypted { .. } => "pdf.encrypted",
            Error::PdfNoChangesAllowed { .. } => "pdf.no-changes-allowed",
            Error::PdfUnreadable { .. } => "pdf.unreadable",
            Error::PdfHeaderNotAtStart { .. } => "pdf.header-not-at-start",
            Error::PdfDetachedOutputNamedPdf { .. } => "pdf.detached-output-named-pdf",
            Error::SignatureFileMissing { .. } => "verify.signature-missing",
            Error::SignatureNotCms { .. } => "verify.not-cms",
            Error::SignatureNotValid { .. } => "verify.not-valid",
            Error::CertificateHasNoKey { .. } => "cert.no-key",
            Error::Cancelled => "cancelled",
            Error::IdentityNotFound { .. } => "identity.not-found",
            Error::SigningPasswordTooShort { .. } => "identity.password-too-short",
            Error::IdentityAwaitingCertificate { .. } => "identity.awaiting-certificate",
            Error::IdentityCertificateNotValid { .. } => "identity.certificate-not-valid",
            Error::IdentityCertificateMismatch { .. } => "identity.certificate-mismatch",
            // Mail
            Error::MailHeaderInjection { .. } => "mail.header-injection",
            Error::MailHeaderControl { .. } => "mail.header-control",
            Error::MailAttachmentNameBidi { .. } => "mail.attachment-name-bidi",
            Error::MailInvalidAddress { .. } => "mail.invalid-address",
            Error::MailInvalidHost { .. } => "mail.invalid-host",
            Error::MailInvalidPort => "mail.invalid-port",
            Error::MailPlainNotAllowed => "mail.plain-not-allowed",
            Error::MailUnknownSecurity { .. } => "mail.unknown-security",
            Error::MailUnknownAuth { .. } => "mail.unknown-auth",
            Error::MailPasswordRequired => "mail.password-required",
            Error::MailNotConfigured => "mail.not-configured",
            Error::MailCredentialStoreUnavailable { .. } => "mail.credential-store-unavailable",
            Error::MailCredentialMissing { .. } => "mail.credential-missing",
            Error::MailCaFileInvalid { .. } => "mail.ca-file-invalid",
            Error::MailBccNotAllowed { .. } => "mail.bcc-not-allowed",
            Error::MailTestFailed { .. } => "mail.test-failed",
            // Mail outbox
            Error::MailNoRecipients => "mail.no-recipients",
            Error::MailMessageTooLarge { .. } => "mail.message-too-large",
            Error::MailComposeFailed { .. } => "mail.compose-failed",
            Error::MailOutboxNotFound { .. } => "mail.outbox-not-found",
            Error::MailSpoolInvalid { .. } => "mail.spool-invalid",
            Error::MailOutboxWrongState { .. } => "mail.outbox-wrong-state",
            Error::MailOutcomeUnknown => "mail.outcome-unknown",
            Error::MailServerUnreachable { .. } => "mail.server-unreachable",
            Error::MailAuthRefused { .. } => "mail.auth-refused",
            Error::MailDeferred { .. } => "mail.deferred",
            Error::MailRejected { .. } => "mail.rejected",
            Error::MailConnectionLost { .. } => "mail.connection-lost",
            // Mail templates.
            Error::MailTemplateUnknownPlaceholder { .. } => "mail.template-unknown-placeholder",
            Error::MailTemplateUnbalancedBrace { .. } => "mail.template-unbalanced-brace",
            Error::MailTemplateValueMissing { .. } => "mail.template-value-missing",
            Error::MailTemplateMultilineValue { .. } => "mail.template-multiline-value",
            Error::MailTemplateUnknownKind { .. } => "mail.template-unknown-kind",
            Error::MailTemplatePasswordRequired => "mail.template-password-required",
            Error::MailTemplatePasswordForbidden { .. } => "mail.template-password-forbidden",
            Error::MailTemplatePasswordInSubject => "mail.template-password-in-subject",
            Error::MailTemplateEmpty { .. } => "mail.template-empty",
            // Batch renewal.
            Error::RenewalInvalidPhone { .. } => "renewal.invalid-phone",
            Error::RenewalForbiddenEmail { .. } => "renewal.forbidden-email",
            Error::RenewalNotRenewable { .. } => "renewal.not-renewable",
            Error::RenewalStartAfterExpiry { .. } => "renewal.start-after-expiry",
            Error::RenewalNothingToRenew => "renewal.no-certificates",
            Error::RenewalRunNotFound { .. } => "renewal.run-not-found",
            Error::RenewalNoMatch { .. } => "renewal.no-match",
            Error::RenewalWrongState { .. } => "renewal.wrong-state",
            Error::RenewalDeliveryUnsupported { .. } => "renewal.delivery-unsupported",
            Error::RenewalRunBusy { .. } => "renewal.run-busy",
            // Renewal documents.
            Error::DocumentFont { .. } => "document.font",
            Error::RenewalNothingInstalled { .. } => "renewal.nothing-installed",
            Error::RenewalNotAReceipt { .. } => "renewal.not-a-receipt",
            Error::RenewalReceiptDuplicate { .. } => "renewal.receipt-duplicate",
            Error::RenewalNotificationFormat { .. } => "renewal.notification-format",
            // Batch renewal: price list, phrase, cancelling.
            Error::RenewalInvalidAmount { .. } => "renewal.invalid-amount",
            Error::RenewalInvalidCurrency { .. } => "renewal.invalid-currency",
            Error::RenewalPriceNotFound { .. } => "renewal.price-not-found",
            Error::RenewalPhraseMissing { .. } => "renewal.phrase-missing",
            Error::RenewalItemNotFound { .. } => "renewal.item-not-found",
        }
    }

    /// The named parameters of this error, for the localized sentence.
    pub fn params(&self) -> Map<String, Value> {
        let value = match self {
            Error::SchemaTooNew { found, known } => json!({ "found": found, "known": known }),
            Error::StoreCorrupt { path }
            | Error::StoreMissing { path }
            | Error::KeyFileExists { path }
            | Error::WrongKeyPassword { path }
            | Error::KeyFileInvalid { path } => {
                json!({ "path": path.display().to_string() })
            }
            Error::Io { path, detail } => {
                json!({ "path": path.display().to_string(), "detail": detail })
            }
            Error::IoDiskFull { path } => json!({ "path": path.display().to_string() }),
            Error::SecretsLocked { store } => json!({ "store": store }),
            Error::Database(detail) => json!({ "detail": detail }),
            Error::PasswordTooShort { min } => json!({ "min": min }),
            Error::WrongPassword {
                retry_after_seconds,
            }
            | Error::WrongRecoveryCode {
                retry_after_seconds,
            } => json!({ "seconds": retry_after_seconds }),
            Error::Throttled { seconds } => json!({ "seconds": seconds }),
            Error::UnsupportedLanguage { tag } => json!({ "tag": tag }),
            Error::IdleLockOutOfRange { min, max } => json!({ "min": min, "max": max }),
            Error::UnsupportedKeyAlgorithm { name } => json!({ "name": name }),
            Error::KeyGeneration { algorithm } => json!({ "algorithm": algorithm }),
            Error::SigningFailed { detail } => json!({ "detail": detail }),
            Error::KeyNotFound { id } => json!({ "id": id }),
            Error::WrongSecretKind { id, location } => json!({ "id": id, "location": location }),
            Error::TokenModuleLoad { module, detail } => {
                json!({ "module": module, "detail": detail })
            }
            Error::TokenNotFound { label } => json!({ "label": label }),
            Error::TokenKeyNotFound { label } => json!({ "label": label }),
            Error::TokenFailure { operation, detail } => {
                json!({ "operation": operation, "detail": detail })
            }
            Error::Pkcs12Invalid { detail } => json!({ "detail": detail }),
            Error::CertificateInvalid { detail } => json!({ "detail": detail }),
            Error::CsrInvalid { detail } => json!({ "detail": detail }),
            Error::NothingToImport { path } => json!({ "path": path.display().to_string() }),
            Error::CertificateNotFound { id } => json!({ "id": id }),
            Error::CertificateRevoked { id } => json!({ "id": id }),
            Error::NotIssuedBySeal { id } => json!({ "id": id }),
            Error::FingerprintMismatch { id }
            | Error::TrustNotCa { id }
            | Error::SealAlwaysTrusted { id } => json!({ "id": id }),
            Error::CertificateSignatureInvalid { subject } => json!({ "subject": subject }),
            Error::SealNotFound { id } => json!({ "id": id }),
            Error::SealNotUsable { id, reason } => json!({ "id": id, "reason": reason }),
            Error::FieldRequired { field } => json!({ "field": field }),
            Error::FieldTooLong { field, max } => json!({ "field": field, "max": max }),
            Error::FieldInvalidCharacter { field } => json!({ "field": field }),
            Error::InvalidCountry { value } => json!({ "value": value }),
            Error::InvalidOrganizationIdentifier { value } => json!({ "value": value }),
            Error::InvalidEmail { value } => json!({ "value": value }),
            Error::ValidityOutOfRange { min, max, unit } => {
                json!({ "min": min, "max": max, "unit": unit })
            }
            Error::UnknownProfile { name } => json!({ "name": name }),
            Error::CertificateGeneration { detail } => json!({ "detail": detail }),
            Error::UnknownExportFormat { path } => json!({ "path": path.display().to_string() }),
            Error::FileExists { path } | Error::NotARegularFile { path } => {
                json!({ "path": path.display().to_string() })
            }
            Error::FileTooLarge { path, limit } => {
                json!({ "path": path.display().to_string(), "limit": limit })
            }
            Error::KeyNotExportable { id } | Error::CertificateHasNoKey { id } => {
                json!({ "id": id })
            }
            Error::IdInvalidFormat {
                country,
                kind,
                value,
            }
            | Error::IdInvalidChecksum {
                country,
                kind,
                value,
            } => json!({ "country": country, "kind": kind, "value": value }),
            Error::IdUnknownKind { country, kind } => json!({ "country": country, "kind": kind }),
            Error::CertificateNotUsable { id, status } => json!({ "id": id, "status": status }),
            Error::IdentityNotFound { id }
            | Error::IdentityAwaitingCertificate { id }
            | Error::IdentityCertificateMismatch { id } => json!({ "id": id }),
            Error::SigningPasswordTooShort { min } => json!({ "min": min }),
            Error::IdentityCertificateNotValid { id, status } => {
                json!({ "id": id, "status": status })
            }
            // PDF signing (PAdES).
            Error::PdfEncrypted { path }
            | Error::PdfNoChangesAllowed { path }
            | Error::PdfHeaderNotAtStart { path }
            | Error::PdfDetachedOutputNamedPdf { path } => {
                json!({ "path": path.display().to_string() })
            }
            Error::PdfUnreadable { path, reason } => {
                json!({ "path": path.display().to_string(), "reason": reason })
            }
            Error::SignatureFileMissing { path }
            | Error::SignatureNotCms { path }
            | Error::SignatureNotValid { path } => json!({ "path": path.display().to_string() }),
            // Mail
            Error::MailHeaderInjection { field } | Error::MailHeaderControl { field } => {
                json!({ "field": field })
            }
            Error::MailAttachmentNameBidi { name } => json!({ "name": name }),
            Error::MailInvalidAddress { field, value } => json!({ "field": field, "value": value }),
            Error::MailInvalidHost { host } => json!({ "host": host }),
            Error::MailUnknownSecurity { value } | Error::MailUnknownAuth { value } => {
                json!({ "value": value })
            }
            Error::MailCredentialStoreUnavailable { detail } => json!({ "detail": detail }),
            Error::MailCredentialMissing { account } => json!({ "account": account }),
            Error::MailCaFileInvalid { path } => json!({ "path": path.display().to_string() }),
            Error::MailBccNotAllowed { provider } => json!({ "provider": provider }),
            Error::MailTestFailed { step } => json!({ "step": step }),
            // Mail outbox
            Error::MailMessageTooLarge { size, limit } => json!({ "size": size, "limit": limit }),
            Error::MailComposeFailed { detail }
            | Error::MailServerUnreachable { detail }
            | Error::MailConnectionLost { detail } => json!({ "detail": detail }),
            Error::MailOutboxNotFound { id } => json!({ "id": id }),
            Error::MailSpoolInvalid { path } => json!({ "path": path.display().to_string() }),
            Error::MailOutboxWrongState { id, state } => json!({ "id": id, "state": state }),
            Error::MailAuthRefused { reply }
            | Error::MailDeferred { reply }
            | Error::MailRejected { reply } => json!({ "reply": reply }),
            // Mail templates.
            Error::MailTemplateUnknownPlaceholder { name, part } => {
                json!({ "name": name, "part": part })
            }
            Error::MailTemplateUnbalancedBrace { part } | Error::MailTemplateEmpty { part } => {
                json!({ "part": part })
            }
            Error::MailTemplateValueMissing { name }
            | Error::MailTemplateMultilineValue { name } => json!({ "name": name }),
            Error::MailTemplateUnknownKind { kind } => json!({ "kind": kind }),
            Error::MailTemplatePasswordForbidden { kind } => json!({ "kind": kind }),
            // Batch renewal.
            Error::RenewalInvalidPhone { value } => json!({ "value": value }),
            Error::RenewalForbiddenEmail { certificates } => {
                json!({ "certificates": certificates })
            }
            Error::RenewalNotRenewable { id, reason } => json!({ "id": id, "reason": reason }),
            Error::RenewalStartAfterExpiry { id, date } => json!({ "id": id, "date": date }),
            Error::RenewalRunNotFound { id } | Error::RenewalRunBusy { id } => json!({ "id": id }),
            Error::RenewalNoMatch { path } => json!({ "path": path.display().to_string() }),
            Error::RenewalWrongState { id, state } => json!({ "id": id, "state": state }),
            Error::RenewalDeliveryUnsupported { method } => json!({ "method": method }),
            // Renewal documents.
            Error::DocumentFont { reason } => json!({ "reason": reason }),
            Error::RenewalNothingInstalled { id } => json!({ "id": id }),
            Error::RenewalNotAReceipt { path, id } => {
                json!({ "path": path.display().to_string(), "id": id })
            }
            Error::RenewalReceiptDuplicate { path, number } => {
                json!({ "path": path.display().to_string(), "number": number })
            }
            Error::RenewalNotificationFormat { value } => json!({ "value": value }),
            // Batch renewal: price list, phrase, cancelling.
            Error::RenewalInvalidAmount { value } | Error::RenewalInvalidCurrency { value } => {
                json!({ "value": value })
            }
            Error::RenewalPriceNotFound { ca, term_years } => {
                json!({ "ca": ca, "term_years": term_years })
            }
            Error::RenewalPhraseMissing { id } => json!({ "id": id }),
            Error::RenewalItemNotFound { run, id } => json!({ "run": run, "id": id }),
            _ => json!({}),
        };
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    /// The form sent to the UI: code, parameters and the English fallback.
    pub fn to_payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            params: self.params(),
            message: self.to_string(),
        }
    }

    /// A failed file operation; a full disk is told apart, as the user can
    /// do something about it.
    pub(crate) fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull {
            return Error::IoDiskFull { path: path.into() };
        }
        Error::Io {
            path: path.into(),
            detail: err.to_string(),
        }
    }
}

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ErrorPayload {
    /// Stable code, e.g. `admin.wrong-password`.
    pub code: &'static str,
    /// Named parameters for the localized sentence.
    pub params: Map<String, Value>,
    /// English fallback sentence.
    pub message: String,
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::StoreInUse,
            Some(ErrorCode::ReadOnly) => Error::StoreReadOnly,
            Some(ErrorCode::DiskFull) => Error::StoreDiskFull,
            // The connection does not say which file; the store's own name
            // tells the user which one is damaged.
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::StoreCorrupt {
                path: crate::store::STORE_FILE.into(),
            },
            _ => Error::Database(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_params_named() {
        let err = Error::WrongPassword {
            retry_after_seconds: 4,
        };
        assert_eq!(err.code(), "admin.wrong-password");
        assert_eq!(err.params()["seconds"], 4);
        let payload = err.to_payload();
        assert!(payload.message.contains("4 s"));
    }

    #[test]
    fn every_variant_code_is_listed() {
        let samples = [
            Error::StoreInUse,
            Error::SchemaTooNew { found: 2, known: 1 },
            Error::StoreCorrupt { path: "x".into() },
            Error::StoreReadOnly,
            Error::StoreDiskFull,
            Error::StoreMissing { path: "x".into() },
            Error::NoDataDir,
            Error::Io {
                path: "x".into(),
                detail: "d".into(),
            },
            Error::IoDiskFull { path: "x".into() },
            Error::SecretsLocked {
                store: "GNOME Keyring",
            },
            Error::Database("d".into()),
            Error::AlreadyInitialized,
            Error::NotInitialized,
            Error::PasswordTooShort { min: 6 },
            Error::NameRequired,
            Error::WrongPassword {
                retry_after_seconds: 1,
            },
            Error::WrongRecoveryCode {
                retry_after_seconds: 1,
            },
            Error::Throttled { seconds: 1 },
            Error::Locked,
            Error::UnsupportedLanguage { tag: "x".into() },
            Error::IdleLockOutOfRange { min: 1, max: 2 },
            Error::UnsupportedKeyAlgorithm { name: "x".into() },
            Error::KeyGeneration {
                algorithm: "x".into(),
            },
            Error::KeyFileExists { path: "x".into() },
            Error::KeyPasswordRequired,
            Error::WrongKeyPassword { path: "x".into() },
            Error::KeyFileInvalid { path: "x".into() },
            Error::UnsupportedPrivateKey,
            Error::SigningFailed { detail: "d".into() },
            Error::KeyNotFound { id: 1 },
            Error::WrongSecretKind {
                id: 1,
                location: "file".into(),
            },
            Error::TokenModuleNotSet,
            Error::TokenModuleLoad {
                module: "m".into(),
                detail: "d".into(),
            },
            Error::TokenNotFound { label: "t".into() },
            Error::TokenWrongPin,
            Error::TokenPinLocked,
            Error::TokenKeyNotFound { label: "k".into() },
            Error::TokenFailure {
                operation: "o".into(),
                detail: "d".into(),
            },
            Error::Pkcs12WrongPassword,
            Error::Pkcs12Invalid { detail: "d".into() },
            Error::Pkcs12PasswordUnsupported,
            Error::Pkcs12PasswordRequired,
            Error::CertificateInvalid { detail: "d".into() },
            Error::CsrInvalid { detail: "d".into() },
            Error::NothingToImport { path: "x".into() },
            Error::KeyDoesNotMatchCertificate,
            Error::CertificateNotFound { id: 1 },
            Error::CertificateRevoked { id: 1 },
            Error::NotIssuedBySeal { id: 1 },
            Error::FingerprintMismatch { id: 1 },
            Error::TrustNotCa { id: 1 },
            Error::SealAlwaysTrusted { id: 1 },
            Error::CertificateSignatureInvalid {
                subject: "CN=x".into(),
            },
            Error::SealNotFound { id: 1 },
            Error::SealNotUsable {
                id: 1,
                reason: "expired".into(),
            },
            Error::FieldRequired { field: "f".into() },
            Error::FieldTooLong {
                field: "f".into(),
                max: 64,
            },
            Error::FieldInvalidCharacter { field: "f".into() },
            Error::InvalidCountry { value: "x".into() },
            Error::InvalidOrganizationIdentifier { value: "x".into() },
            Error::InvalidEmail { value: "x".into() },
            Error::ValidityOutOfRange {
                min: 1,
                max: 2,
                unit: "days".into(),
            },
            Error::UnknownProfile { name: "x".into() },
            Error::PortalUserFieldsRequired,
            Error::CertificateGeneration { detail: "d".into() },
            Error::UnknownExportFormat { path: "x".into() },
            Error::FileExists { path: "x".into() },
            Error::NotARegularFile { path: "x".into() },
            Error::FileTooLarge {
                path: "x".into(),
                limit: 1,
            },
            Error::KeyNotExportable { id: 1 },
            Error::CertificateHasNoKey { id: 1 },
            Error::Cancelled,
            Error::IdInvalidFormat {
                country: "PL".into(),
                kind: "NIP".into(),
                value: "1".into(),
            },
            Error::IdInvalidChecksum {
                country: "PL".into(),
                kind: "NIP".into(),
                value: "1".into(),
            },
            Error::IdUnknownKind {
                country: "PL".into(),
                kind: "x".into(),
            },
            Error::CertificateNotUsable {
                id: 1,
                status: "expired".into(),
            },
            Error::IdentityNotFound { id: 1 },
            Error::SigningPasswordTooShort { min: 3 },
            Error::IdentityAwaitingCertificate { id: 1 },
            Error::IdentityCertificateNotValid {
                id: 1,
                status: "expired".into(),
            },
            Error::IdentityCertificateMismatch { id: 1 },
            // PDF signing (PAdES).
            Error::PdfEncrypted { path: "x".into() },
            Error::PdfNoChangesAllowed { path: "x".into() },
            Error::PdfUnreadable {
                path: "x".into(),
                reason: "y".into(),
            },
            Error::PdfHeaderNotAtStart { path: "x".into() },
            Error::PdfDetachedOutputNamedPdf { path: "x".into() },
            Error::SignatureFileMissing { path: "x".into() },
            Error::SignatureNotCms { path: "x".into() },
            Error::SignatureNotValid { path: "x".into() },
            Error::MailHeaderInjection { field: "from" },
            Error::MailHeaderControl { field: "subject" },
            Error::MailAttachmentNameBidi { name: "x".into() },
            Error::MailInvalidAddress {
                field: "from",
                value: "x".into(),
            },
            Error::MailInvalidHost { host: "x".into() },
            Error::MailInvalidPort,
            Error::MailPlainNotAllowed,
            Error::MailUnknownSecurity { value: "x".into() },
            Error::MailUnknownAuth { value: "x".into() },
            Error::MailPasswordRequired,
            Error::MailNotConfigured,
            Error::MailCredentialStoreUnavailable { detail: "x".into() },
            Error::MailCredentialMissing {
                account: "x".into(),
            },
            Error::MailCaFileInvalid { path: "x".into() },
            Error::MailBccNotAllowed {
                provider: "x".into(),
            },
            Error::MailTestFailed { step: "dns".into() },
            // Mail outbox
            Error::MailNoRecipients,
            Error::MailMessageTooLarge { size: 2, limit: 1 },
            Error::MailComposeFailed { detail: "d".into() },
            Error::MailOutboxNotFound { id: 1 },
            Error::MailSpoolInvalid { path: "x".into() },
            Error::MailOutboxWrongState {
                id: 1,
                state: "sent".into(),
            },
            Error::MailOutcomeUnknown,
            Error::MailServerUnreachable { detail: "d".into() },
            Error::MailAuthRefused { reply: "r".into() },
            Error::MailDeferred { reply: "r".into() },
            Error::MailRejected { reply: "r".into() },
            Error::MailConnectionLost { detail: "d".into() },
            // Mail templates.
            Error::MailTemplateUnknownPlaceholder {
                name: "x".into(),
                part: "text",
            },
            Error::MailTemplateUnbalancedBrace { part: "text" },
            Error::MailTemplateValueMissing { name: "login" },
            Error::MailTemplateMultilineValue { name: "login" },
            Error::MailTemplateUnknownKind { kind: "x".into() },
            Error::MailTemplatePasswordRequired,
            Error::MailTemplatePasswordForbidden {
                kind: "signed-document",
            },
            Error::MailTemplatePasswordInSubject,
            Error::MailTemplateEmpty { part: "subject" },
            // Batch renewal.
            Error::RenewalInvalidPhone { value: "1".into() },
            Error::RenewalForbiddenEmail {
                certificates: "3 (a@mail.ru)".into(),
            },
            Error::RenewalNotRenewable {
                id: 1,
                reason: "no-key".into(),
            },
            Error::RenewalStartAfterExpiry {
                id: 1,
                date: "2026-01-01".into(),
            },
            Error::RenewalNothingToRenew,
            Error::RenewalRunNotFound { id: 1 },
            Error::RenewalNoMatch { path: "x".into() },
            Error::RenewalWrongState {
                id: 1,
                state: "planned".into(),
            },
            Error::RenewalDeliveryUnsupported {
                method: "mail".into(),
            },
            Error::RenewalRunBusy { id: 1 },
            // Renewal documents.
            Error::DocumentFont { reason: "x".into() },
            Error::RenewalNothingInstalled { id: 1 },
            Error::RenewalNotAReceipt {
                path: "x".into(),
                id: 1,
            },
            Error::RenewalReceiptDuplicate {
                path: "x".into(),
                number: 1,
            },
            Error::RenewalNotificationFormat { value: "x".into() },
            // Batch renewal: price list, phrase, cancelling.
            Error::RenewalInvalidAmount { value: "x".into() },
            Error::RenewalInvalidCurrency { value: "x".into() },
            Error::RenewalPriceNotFound {
                ca: "x".into(),
                term_years: 2,
            },
            Error::RenewalPhraseMissing { id: 1 },
            Error::RenewalItemNotFound { run: 1, id: 2 },
        ];
        let codes: Vec<_> = samples.iter().map(Error::code).collect();
        assert_eq!(codes, CODES);
    }

    #[test]
    fn busy_sqlite_errors_become_store_in_use() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert_eq!(Error::from(busy).code(), "store.in-use");
    }

    #[test]
    fn full_disks_damaged_files_and_read_only_stores_have_their_own_codes() {
        let sqlite = |code| {
            Error::from(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(code),
                None,
            ))
            .code()
        };
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_FULL), "store.disk-full");
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_CORRUPT), "store.corrupt");
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_NOTADB), "store.corrupt");
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_READONLY), "store.read-only");
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(Error::io("x", full).code(), "io.disk-full");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn writing_to_a_full_device_is_a_full_disk() {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        let err = std::fs::write("/dev/full", b"signed document").unwrap_err();
        assert_eq!(Error::io("/dev/full", err).code(), "io.disk-full");
    }
}
