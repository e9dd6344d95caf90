//! What can go wrong signing documents and verifying signatures.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong signing documents and verifying signatures.
    #[non_exhaustive]
    pub enum SignError {
        /// The certificate cannot be relied on now.
        #[error("certificate {id} cannot sign: it is {status}")]
        CertificateNotUsable {
            /// The certificate.
            id: i64,
            /// expired, not-yet-valid, revoked or issuer-invalid.
            status: String,
        } = "sign.certificate-not-usable",
        /// The PDF is encrypted; its objects cannot be read or extended.
        #[error("{path} is an encrypted PDF; remove its password before signing it")]
        PdfEncrypted {
            /// The PDF.
            path: PathBuf,
        } = "pdf.encrypted",
        /// A certification signature on the PDF allows no further change.
        #[error("{path} is certified with no changes allowed; another signature would break it")]
        PdfNoChangesAllowed {
            /// The PDF.
            path: PathBuf,
        } = "pdf.no-changes-allowed",
        /// The file is not a PDF the signer can read.
        #[error("{path} cannot be read as a PDF: {reason}")]
        PdfUnreadable {
            /// The file.
            path: PathBuf,
            /// What is wrong, in English.
            reason: String,
        } = "pdf.unreadable",
        /// The file opens in PDF readers but does not start with its `%PDF-`
        /// header (bytes before it, or no header at all): its offsets cannot
        /// be trusted, so it is not signed inside.
        #[error("{path} does not start with a PDF header; save it again from a PDF reader, or sign it detached")]
        PdfHeaderNotAtStart {
            /// The file.
            path: PathBuf,
        } = "pdf.header-not-at-start",
        /// A detached signature (CMS) was to be written to a name ending in
        /// `.pdf`, which would then be no PDF at all.
        #[error("{path} ends in .pdf; a detached signature is written to a .p7s file")]
        PdfDetachedOutputNamedPdf {
            /// The output asked for.
            path: PathBuf,
        } = "pdf.detached-output-named-pdf",
        /// A PDF signed inside was to be written to a name that does not
        /// end in `.pdf`, which nothing would open as a PDF.
        #[error("{path} does not end in .pdf; a signed PDF is written to a .pdf file")]
        PdfSignedOutputNotNamedPdf {
            /// The output asked for.
            path: PathBuf,
        } = "pdf.signed-output-not-named-pdf",
        /// A name for the signed copy that is not a plain file name.
        #[error("{name:?} is not a file name; give a name without folders")]
        OutputNameInvalid {
            /// The name given.
            name: String,
        } = "sign.output-name-invalid",
        /// A file offered as a document's signature is not that document
        /// signed with that certificate.
        #[error("{path} is not this document signed with this certificate")]
        NotThisSignedCopy {
            /// The file offered.
            path: PathBuf,
        } = "sign.not-this-signed-copy",
        /// The detached signature file of a document is not there.
        #[error("no signature file {path}; choose the signature file")]
        SignatureFileMissing {
            /// The signature file looked for.
            path: PathBuf,
        } = "verify.signature-missing",
        /// A signature file that is not a CMS SignedData.
        #[error("{path} is not a CMS signature (.p7s) or is damaged")]
        SignatureNotCms {
            /// The signature file.
            path: PathBuf,
        } = "verify.not-cms",
        /// A document's signatures were checked and are not valid.
        #[error("the signatures of {path} are not valid")]
        SignatureNotValid {
            /// The document.
            path: PathBuf,
        } = "verify.not-valid",
    }
}
