//! What can go wrong with certificates, requests, PKCS#12 files and company seals.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong with certificates, requests, PKCS#12 files and company seals.
    #[non_exhaustive]
    pub enum PkiError {
        /// The password does not open this PKCS#12 file.
        #[error("the password does not open this PKCS#12 file")]
        Pkcs12WrongPassword = "pkcs12.wrong-password",
        /// The file is not a readable PKCS#12 file.
        #[error("the file is not a readable PKCS#12 file: {detail}")]
        Pkcs12Invalid {
            /// What is wrong.
            detail: String,
        } = "pkcs12.invalid",
        /// The PKCS#12 password has characters PKCS#12 cannot encode.
        #[error("a PKCS#12 password cannot contain emoji or other characters outside Unicode's Basic Multilingual Plane")]
        Pkcs12PasswordUnsupported = "pkcs12.password-unsupported",
        /// A PKCS#12 file SealDesk writes needs a password.
        #[error("a PKCS#12 file needs a password")]
        Pkcs12PasswordRequired = "pkcs12.password-required",
        /// Not a readable X.509 certificate.
        #[error("not a readable X.509 certificate: {detail}")]
        CertificateInvalid {
            /// What is wrong.
            detail: String,
        } = "cert.invalid",
        /// Not a readable certificate request, or its signature does not verify.
        #[error("not a usable certificate request (PKCS#10): {detail}")]
        CsrInvalid {
            /// What is wrong.
            detail: String,
        } = "csr.invalid",
        /// {path} holds no certificate.
        #[error("{path} holds no certificate")]
        NothingToImport {
            /// The file.
            path: PathBuf,
        } = "cert.nothing-to-import",
        /// The private key does not belong to the certificate.
        #[error("the private key does not belong to the certificate")]
        KeyDoesNotMatchCertificate = "cert.key-mismatch",
        /// No certificate with id {id} in the store.
        #[error("no certificate with id {id} in the store")]
        CertificateNotFound {
            /// The id asked for.
            id: i64,
        } = "cert.not-found",
        /// Certificate {id} is already revoked.
        #[error("certificate {id} is already revoked")]
        CertificateRevoked {
            /// The certificate.
            id: i64,
        } = "cert.already-revoked",
        /// Certificate {id} was not issued by one of the company's seals.
        #[error("certificate {id} was not issued by one of the company's seals")]
        NotIssuedBySeal {
            /// The certificate.
            id: i64,
        } = "cert.not-issued-by-seal",
        /// The fingerprint given is not certificate {id}'s SHA-256 fingerprint.
        #[error("the fingerprint given is not the SHA-256 fingerprint of certificate {id}")]
        FingerprintMismatch {
            /// The certificate.
            id: i64,
        } = "cert.fingerprint-mismatch",
        /// Certificate {id} is not a CA certificate, so it cannot be a trust anchor.
        #[error("certificate {id} is not a CA certificate and cannot be trusted as a root")]
        TrustNotCa {
            /// The certificate.
            id: i64,
        } = "cert.trust-not-ca",
        /// Certificate {id} is a company seal, trusted as long as it exists.
        #[error("certificate {id} is a company seal and stays trusted")]
        SealAlwaysTrusted {
            /// The certificate.
            id: i64,
        } = "cert.seal-always-trusted",
        /// A certificate's signature does not verify with its own key (a
        /// self-signed one) or with its issuer's key: it was altered.
        #[error(
            "the signature of the certificate {subject} does not verify: it was altered or damaged"
        )]
        CertificateSignatureInvalid {
            /// The certificate's subject.
            subject: String,
        } = "cert.signature-invalid",
        /// No company seal with id {id}.
        #[error("no company seal with id {id}")]
        SealNotFound {
            /// The id asked for.
            id: i64,
        } = "seal.not-found",
        /// The company seal {id} cannot issue certificates.
        #[error("the company seal {id} cannot issue certificates: it is {reason}")]
        SealNotUsable {
            /// The seal.
            id: i64,
            /// `expired`, `revoked`, `superseded` or `not-yet-valid`.
            reason: String,
        } = "seal.not-usable",
        /// {field} must not be empty.
        #[error("{field} must not be empty")]
        FieldRequired {
            /// The field's stable name (`cn`, `org`, ...).
            field: String,
        } = "pki.field-required",
        /// {field} may have at most {max} characters.
        #[error("{field} may have at most {max} characters")]
        FieldTooLong {
            /// The field.
            field: String,
            /// The limit.
            max: usize,
        } = "pki.field-too-long",
        /// {field} holds a control character or a text-direction override
        /// (U+202A-202E, U+2066-2069), which could make a name display as
        /// another.
        #[error("{field} contains a control character or a text-direction override character")]
        FieldInvalidCharacter {
            /// The field.
            field: String,
        } = "pki.field-invalid-character",
        /// {value} is not a two-letter country code (ISO 3166, e.g. PL, IL, IT, UA).
        #[error("{value} is not a two-letter country code (ISO 3166, e.g. PL, IL, IT, UA)")]
        InvalidCountry {
            /// What was given.
            value: String,
        } = "pki.invalid-country",
        /// {value} is not an organization identifier of the form VATPL-5260250274 or NTRUA-14360570.
        #[error(
            "{value} is not an organization identifier of the form VATPL-5260250274 or NTRUA-14360570"
        )]
        InvalidOrganizationIdentifier {
            /// What was given.
            value: String,
        } = "pki.invalid-org-id",
        /// {value} is not an e-mail address.
        #[error("{value} is not an e-mail address")]
        InvalidEmail {
            /// What was given.
            value: String,
        } = "pki.invalid-email",
        /// The validity must be between {min} and {max} {unit}.
        #[error("the validity must be between {min} and {max} {unit}")]
        ValidityOutOfRange {
            /// Smallest value.
            min: u32,
            /// Largest value.
            max: u32,
            /// `days` or `years`.
            unit: String,
        } = "pki.validity-out-of-range",
        /// Unknown certificate profile {name}.
        #[error("unknown certificate profile {name}; use signing or portal-user")]
        UnknownProfile {
            /// The name given.
            name: String,
        } = "pki.unknown-profile",
        /// A portal-user certificate needs the company code and the login.
        #[error("a portal-user certificate needs the company code and the login")]
        PortalUserFieldsRequired = "pki.portal-user-fields",
        /// The certificate could not be made.
        #[error("the certificate could not be made: {detail}")]
        CertificateGeneration {
            /// What went wrong.
            detail: String,
        } = "pki.generation-failed",
        /// {path}.
        #[error("{path}: name the file .pem for PEM or .cer/.der/.crt for DER")]
        UnknownExportFormat {
            /// The file.
            path: PathBuf,
        } = "pki.unknown-export-format",
        /// The certificate's private key is not held by SealDesk.
        #[error("SealDesk does not hold the private key of certificate {id}")]
        CertificateHasNoKey {
            /// The certificate.
            id: i64,
        } = "cert.no-key",
    }
}
