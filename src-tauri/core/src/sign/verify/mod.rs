//! Checking signatures: detached CAdES (`.p7s`) beside any file, and the
//! signatures inside a PDF (PAdES, or the older `adbe.pkcs7.detached`).
//!
//! A signature is *intact* when the content's digest equals the signed
//! messageDigest and the signature over the signed attributes verifies with
//! the signer's key; it is *trusted* when the signer's certificate chains to
//! a certificate the store trusts (the company seal, imported root CAs) and
//! neither the signer nor a CA above it is revoked or out of its validity.
//! Everything found wrong is a [`Problem`] with a stable code the UI and CLI
//! put into words; only malformed input (not a signature at all, a missing
//! file) is an [`Error`](crate::Error).

mod algorithms;
mod chain;
mod cms;
mod diff;
mod pdf;
pub(crate) use pdf::adds_one_signing_revision;

pub use algorithms::ContentDigest;
pub use cms::ParsedSignature;
pub use diff::{ChangeKind, Modification, Role};

use crate::pki::holder::Holder;
use crate::sign::pdf::kind::{self, PdfKind};
use crate::sign::signing::SignatureFormat;
use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// How a checked document went, in one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Verdict {
    /// Intact and trusted, nothing to remark.
    Valid,
    /// Intact and trusted, with warnings to read.
    ValidWithWarnings,
    /// Not to be relied on.
    Invalid,
    /// There is no signature at all: the document was never signed, which
    /// is not the same as a signature that fails.
    Unsigned,
}

/// What part of the file a signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Coverage {
    /// Every byte of the file as it is now.
    WholeFile,
    /// The file exactly as it was signed; later changes were added after
    /// the signature (a PDF's incremental updates).
    SignedVersion,
    /// Only part of the file, or a range that could not be read.
    Part,
}

/// Something found wrong with a signature or a document, with a stable code
/// (`verify-problem-<code>` in the Fluent files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "VerifyProblem")]
pub enum Problem {
    /// The signed content was changed after signing.
    DigestMismatch,
    /// The signature value does not verify with the signer's key.
    SignatureInvalid,
    /// The signer's certificate is neither in the signature nor in the store.
    SignerCertificateMissing,
    /// The signer's certificate does not lead to a certificate the store trusts.
    UntrustedChain,
    /// The signer's certificate had expired (at signing or now).
    SignerExpired,
    /// The signer's certificate was not yet valid (at signing or now).
    SignerNotYetValid,
    /// The signer's certificate is revoked.
    SignerRevoked,
    /// A CA above the signer (the company seal) is revoked or out of validity.
    SealInvalid,
    /// Bytes were added to the PDF after its last signature.
    ContentAddedAfter,
    /// No ESS signing-certificate(-v2) attribute binds the signer's
    /// certificate; CAdES baseline asks for one, but the content is intact.
    NoSigningCertificateAttribute,
    /// The signing-certificate attribute names another certificate.
    SigningCertificateMismatch,
    /// SHA-1 or another broken algorithm protects the signature.
    WeakAlgorithm,
    /// An algorithm SealDesk cannot check.
    UnsupportedAlgorithm,
    /// A PDF signature's /ByteRange does not describe the file.
    ByteRangeInvalid,
    /// A kind of PDF signature SealDesk does not check (e.g. a document
    /// timestamp).
    UnsupportedSignatureType,
    /// There is no signature to check.
    NoSignature,
    /// A later revision changed the document beyond what the signature
    /// allows (see [`SignatureReport::modifications`]).
    ModifiedAfterSigning,
    /// The signer's certificate is not meant for signing documents: its
    /// key usage lacks nonRepudiation (contentCommitment).
    KeyUsageNotForSigning,
}

impl Problem {
    /// Every problem, for completeness checks of the translations.
    pub const ALL: [Problem; 18] = [
        Problem::DigestMismatch,
        Problem::SignatureInvalid,
        Problem::SignerCertificateMissing,
        Problem::UntrustedChain,
        Problem::SignerExpired,
        Problem::SignerNotYetValid,
        Problem::SignerRevoked,
        Problem::SealInvalid,
        Problem::ContentAddedAfter,
        Problem::NoSigningCertificateAttribute,
        Problem::SigningCertificateMismatch,
        Problem::WeakAlgorithm,
        Problem::UnsupportedAlgorithm,
        Problem::ByteRangeInvalid,
        Problem::UnsupportedSignatureType,
        Problem::NoSignature,
        Problem::ModifiedAfterSigning,
        Problem::KeyUsageNotForSigning,
    ];

    /// Whether the problem makes the verification fail. Only a missing
    /// signing-certificate attribute is a warning: ETSI EN 319 122-1 asks
    /// for it to bind the certificate, but without it the signature still
    /// proves the content and the key (many tools, OpenSSL among them, omit
    /// it unless told). Content added after a PDF's last signature is
    /// blocking: what the reader sees may not be what was signed.
    /// A certificate whose key usage is not for signing documents (a
    /// portal login certificate) still made an intact signature: a warning.
    pub fn is_blocking(self) -> bool {
        !matches!(
            self,
            Problem::NoSigningCertificateAttribute | Problem::KeyUsageNotForSigning
        )
    }

    /// The stable code, e.g. `digest-mismatch`.
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// One signature's findings.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct SignatureReport {
    /// The signer's certificate subject, RFC 4514, when the certificate is known.
    pub signer: Option<String>,
    /// The signer's name, organisation and identifier, each apart, for the
    /// window (a raw subject reads scrambled in a right-to-left language).
    pub signer_holder: Option<Holder>,
    /// The signer's certificate in the store, if it is there.
    pub signer_certificate_id: Option<i64>,
    /// The claimed signing time (signingTime, or the PDF's /M).
    pub signed_at: Option<DateTime<Utc>>,
    /// What part of the file the signature covers.
    pub coverage: Coverage,
    /// What is wrong, most serious first; empty when all is well.
    pub problems: Vec<Problem>,
    /// What later revisions of a PDF changed that the signature does not
    /// allow (`modified-after-signing`).
    pub modifications: Vec<Modification>,
    /// The trusted certificate (a company seal, a root the user chose to
    /// trust) the signer's chain ends in; none when it reaches none.
    pub trust_anchor: Option<TrustAnchor>,
}

/// The certificate a signature's trust rests on, named so a person can
/// check it is the one they meant to trust.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TrustAnchor {
    /// Its subject, RFC 4514.
    pub subject: String,
    /// Who it names, as people read it.
    pub holder: Holder,
    /// Its SHA-256 fingerprint, lower-case hex.
    pub fingerprint_sha256: String,
}

/// The outcome of checking a document.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct Verification {
    /// Intact, trusted and without any blocking problem.
    pub valid: bool,
    /// The verdict: valid, valid with warnings, invalid, or unsigned.
    pub verdict: Verdict,
    /// The problems found that are only warnings (see
    /// [`Problem::is_blocking`]), each once, so the window marks them.
    pub warnings: Vec<Problem>,
    /// PDF signatures or a detached signature.
    pub format: SignatureFormat,
    /// Every signature found, in file order.
    pub signatures: Vec<SignatureReport>,
    /// Problems of the document as a whole (no signature, content added
    /// after the last signature).
    pub problems: Vec<Problem>,
}

impl Verification {
    fn new(
        format: SignatureFormat,
        signatures: Vec<SignatureReport>,
        mut problems: Vec<Problem>,
    ) -> Self {
        if signatures.is_empty() && !problems.contains(&Problem::NoSignature) {
            problems.push(Problem::NoSignature);
        }
        problems.sort();
        problems.dedup();
        let blocking = |p: &Problem| p.is_blocking();
        let valid = !problems.iter().any(blocking)
            && signatures.iter().all(|s| !s.problems.iter().any(blocking));
        let mut warnings: Vec<Problem> = problems
            .iter()
            .chain(signatures.iter().flat_map(|s| &s.problems))
            .copied()
            .filter(|p| !p.is_blocking())
            .collect();
        warnings.sort();
        warnings.dedup();
        let verdict = match (valid, warnings.is_empty()) {
            _ if signatures.is_empty() => Verdict::Unsigned,
            (false, _) => Verdict::Invalid,
            (true, true) => Verdict::Valid,
            (true, false) => Verdict::ValidWithWarnings,
        };
        Self {
            valid,
            verdict,
            warnings,
            format,
            signatures,
            problems,
        }
    }

    /// Every problem found, the document's then each signature's, without
    /// repeats, for a one-line-per-problem summary.
    pub fn all_problems(&self) -> Vec<Problem> {
        let mut all: Vec<Problem> = self
            .problems
            .iter()
            .chain(self.signatures.iter().flat_map(|s| s.problems.iter()))
            .copied()
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// Checks the signatures of `input`: the ones inside it when it is a PDF
/// (as PDF readers decide, see [`kind`]), else the detached
/// signature `signature`, by default `INPUT.p7s` beside it. A PDF without
/// signatures of its own but with an `INPUT.p7s` beside it (SealDesk signs
/// PDFs that way when asked) is checked against that file, and so is a PDF
/// whose header is not at its start when it cannot be read (SealDesk signs
/// those only that way). `now` decides validity and revocation.
pub fn verify_file(
    store: &Store,
    input: &Path,
    signature: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Verification> {
    let mut file = crate::bounded_read::open_regular(input)?;
    let default_signature = super::p7s::default_output(input);
    let kind = kind::of_file(&mut file).map_err(|e| Error::io(input, e))?;
    if signature.is_none() && kind.is_pdf() {
        match pdf::verify_pdf(store, input, file, now) {
            Ok(inside) if inside.signatures.is_empty() && default_signature.is_file() => {}
            Err(Error::Sign(crate::SignError::PdfUnreadable { .. }))
                if kind != PdfKind::Pdf && default_signature.is_file() => {}
            inside => return inside,
        }
        return verify_detached(store, input, &default_signature, now);
    }
    drop(file);
    let signature_path = signature.map_or(default_signature, Path::to_path_buf);
    verify_detached(store, input, &signature_path, now)
}

/// A detached signature file over `input`.
fn verify_detached(
    store: &Store,
    input: &Path,
    signature_path: &Path,
    now: DateTime<Utc>,
) -> Result<Verification> {
    if !signature_path.exists() {
        return Err(Error::Sign(crate::SignError::SignatureFileMissing {
            path: PathBuf::from(signature_path),
        }));
    }
    let der = crate::bounded_read::read_regular(
        signature_path,
        crate::bounded_read::CERTIFICATE_MAX_BYTES,
    )?;
    let parsed = ParsedSignature::from_der(&der).ok_or_else(|| {
        Error::Sign(crate::SignError::SignatureNotCms {
            path: PathBuf::from(signature_path),
        })
    })?;
    let mut reports = Vec::new();
    for index in 0..parsed.signer_count() {
        let report = parsed.check_signer(
            store,
            index,
            |digest| {
                let file = crate::bounded_read::open_regular(input)?;
                digest
                    .digest_reader(std::io::BufReader::new(file))
                    .map_err(|e| Error::io(input, e))
            },
            None,
            now,
        )?;
        reports.push(SignatureReport {
            coverage: Coverage::WholeFile,
            ..report
        });
    }
    Ok(Verification::new(
        SignatureFormat::Cades,
        reports,
        Vec::new(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::file_signer::FileSigner;
    use crate::keys::KeyAlgorithm;

    use crate::pki::registry;

    use crate::sign::p7s::sign_detached;
    use crate::test_support::{issue_signing, store_with_seal};
    use ::cms::content_info::ContentInfo;
    use ::cms::signed_data::{SignedData, SignerInfos};
    use chrono::Duration;
    use der::asn1::Any;
    use der::{Decode, Encode};

    fn report(problems: Vec<Problem>) -> SignatureReport {
        SignatureReport {
            signer: None,
            signer_holder: None,
            signer_certificate_id: None,
            signed_at: None,
            coverage: Coverage::WholeFile,
            problems,
            modifications: Vec::new(),
            trust_anchor: None,
        }
    }

    #[test]
    fn the_verdict_and_the_warnings_come_from_which_problems_block() {
        let clean = Verification::new(SignatureFormat::Pades, vec![report(vec![])], vec![]);
        assert_eq!((clean.verdict, clean.warnings.len()), (Verdict::Valid, 0));

        let warned = Verification::new(
            SignatureFormat::Cades,
            vec![
                report(vec![Problem::KeyUsageNotForSigning]),
                report(vec![
                    Problem::KeyUsageNotForSigning,
                    Problem::NoSigningCertificateAttribute,
                ]),
            ],
            vec![],
        );
        assert!(warned.valid);
        assert_eq!(warned.verdict, Verdict::ValidWithWarnings);
        assert_eq!(
            warned.warnings,
            vec![
                Problem::NoSigningCertificateAttribute,
                Problem::KeyUsageNotForSigning
            ]
        );

        let broken = Verification::new(
            SignatureFormat::Pades,
            vec![report(vec![Problem::KeyUsageNotForSigning])],
            vec![Problem::ContentAddedAfter],
        );
        assert!(!broken.valid);
        assert_eq!(broken.verdict, Verdict::Invalid);
        assert_eq!(broken.warnings, vec![Problem::KeyUsageNotForSigning]);

        let empty = Verification::new(SignatureFormat::Pades, vec![], vec![]);
        assert!(!empty.valid, "no signature is not valid");
        assert_eq!(empty.verdict, Verdict::Unsigned, "nor is it a failed one");
    }

    /// A store with a seal and one signing certificate whose key signs.
    struct Setup {
        _dir: tempfile::TempDir,
        store: Store,
        cert_id: i64,
        signer: FileSigner,
        chain: Vec<Vec<u8>>,
        doc: PathBuf,
        issued_at: DateTime<Utc>,
    }

    fn setup() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let issued_at = Utc::now() - Duration::days(10);
        let sealed = store_with_seal(
            dir.path(),
            ["Studio Verdi", "VATIT-07643520567", "IT"],
            "pw",
            issued_at,
        );
        let issued = issue_signing(
            &sealed,
            "Giulia Bianchi",
            KeyAlgorithm::EcP384,
            "pw2",
            issued_at,
        );
        let store = sealed.store;
        let signer = FileSigner::from_pkcs8(&issued.key_pkcs8_der).unwrap();
        let cert_id = issued.certificate.id;
        let chain = registry::chain(store.conn(), cert_id).unwrap();
        let doc = dir.path().join("contratto.txt");
        std::fs::write(&doc, "Contratto n. 12/2026").unwrap();
        Setup {
            _dir: dir,
            store,
            cert_id,
            signer,
            chain,
            doc,
            issued_at,
        }
    }

    fn sig_path(setup: &Setup, name: &str) -> PathBuf {
        setup.doc.with_file_name(name)
    }

    #[test]
    fn validity_is_judged_at_the_signing_time_and_now() {
        let setup = setup();
        let now = Utc::now();
        let good = sig_path(&setup, "good.p7s");
        sign_detached(&setup.signer, &setup.chain, &setup.doc, &good, now).unwrap();
        let verified = verify_file(&setup.store, &setup.doc, Some(&good), now).unwrap();
        assert!(verified.valid, "{verified:?}");
        assert_eq!(
            verified.signatures[0].signer_certificate_id,
            Some(setup.cert_id)
        );
        assert_eq!(
            verified.signatures[0].signer.as_deref(),
            Some("CN=Giulia Bianchi")
        );
        // The window names the signer and the seal by their holders.
        let holder = verified.signatures[0].signer_holder.as_ref().unwrap();
        assert_eq!(holder.name, "Giulia Bianchi");
        let anchor = verified.signatures[0].trust_anchor.as_ref().unwrap();
        assert_ne!(anchor.holder.name, anchor.subject, "{anchor:?}");

        // Checked two years later, the certificate has expired.
        let later = verify_file(
            &setup.store,
            &setup.doc,
            Some(&good),
            now + Duration::days(730),
        )
        .unwrap();
        assert!(!later.valid);
        assert!(later.signatures[0]
            .problems
            .contains(&Problem::SignerExpired));

        // A signing time before the certificate (and its seal) existed.
        let early = sig_path(&setup, "early.p7s");
        let before = setup.issued_at - Duration::days(30);
        sign_detached(&setup.signer, &setup.chain, &setup.doc, &early, before).unwrap();
        let verified = verify_file(&setup.store, &setup.doc, Some(&early), now).unwrap();
        assert_eq!(
            verified.signatures[0].problems,
            vec![Problem::SignerNotYetValid, Problem::SealInvalid]
        );
        assert!(!verified.valid);
    }

    #[test]
    fn a_signature_without_certificates_finds_its_signer_in_the_store() {
        let setup = setup();
        let now = Utc::now();
        let full = sig_path(&setup, "full.p7s");
        sign_detached(&setup.signer, &setup.chain, &setup.doc, &full, now).unwrap();
        // The certificates are outside the signed attributes: dropping them
        // keeps the signature intact.
        let info = ContentInfo::from_der(&std::fs::read(&full).unwrap()).unwrap();
        let mut signed: SignedData = info.content.decode_as().unwrap();
        signed.certificates = None;
        let bare = ContentInfo {
            content_type: info.content_type,
            content: Any::encode_from(&signed).unwrap(),
        };
        let bare_path = sig_path(&setup, "bare.p7s");
        std::fs::write(&bare_path, bare.to_der().unwrap()).unwrap();
        let verified = verify_file(&setup.store, &setup.doc, Some(&bare_path), now).unwrap();
        assert!(verified.valid, "{verified:?}");
        assert_eq!(
            verified.signatures[0].signer_certificate_id,
            Some(setup.cert_id)
        );

        // A changed signature value is caught.
        let mut broken: SignedData = info.content.decode_as().unwrap();
        let mut infos: Vec<_> = broken.signer_infos.0.iter().cloned().collect();
        let mut value = infos[0].signature.as_bytes().to_vec();
        let last = value.len() - 3;
        value[last] ^= 0x40;
        infos[0].signature = der::asn1::OctetString::new(value).unwrap();
        broken.signer_infos = SignerInfos::try_from(infos).unwrap();
        let broken_path = sig_path(&setup, "broken.p7s");
        std::fs::write(
            &broken_path,
            ContentInfo {
                content_type: info.content_type,
                content: Any::encode_from(&broken).unwrap(),
            }
            .to_der()
            .unwrap(),
        )
        .unwrap();
        let verified = verify_file(&setup.store, &setup.doc, Some(&broken_path), now).unwrap();
        assert!(!verified.valid);
        assert_eq!(
            verified.signatures[0].problems,
            vec![Problem::SignatureInvalid]
        );
    }

    #[test]
    fn signed_attributes_in_the_order_the_signer_wrote_them_verify() {
        use crate::keys::signer::Signer;
        use der::asn1::{OctetString, SetOfVec};
        use der::{EncodingRules, SliceReader};
        use x509_cert::attr::Attribute;

        let setup = setup();
        let now = Utc::now();
        let sorted = sig_path(&setup, "sorted.p7s");
        sign_detached(&setup.signer, &setup.chain, &setup.doc, &sorted, now).unwrap();
        let info = ContentInfo::from_der(&std::fs::read(&sorted).unwrap()).unwrap();
        let mut signed: SignedData = info.content.decode_as().unwrap();
        let mut signer_info = signed.signer_infos.0.iter().next().unwrap().clone();
        let attributes = signer_info.signed_attrs.clone().unwrap();
        // The same attributes, reversed: a SET OF out of DER order.
        let mut content = Vec::new();
        let in_order: Vec<&Attribute> = attributes.iter().collect();
        for attribute in in_order.into_iter().rev() {
            content.extend_from_slice(&attribute.to_der().unwrap());
        }
        let unsorted = Any::new(der::Tag::Set, content).unwrap().to_der().unwrap();
        assert_ne!(unsorted, attributes.to_der().unwrap());
        let mut reader =
            SliceReader::new_with_encoding_rules(&unsorted, EncodingRules::Ber).unwrap();
        let reordered = SetOfVec::<Attribute>::decode(&mut reader).unwrap();
        signer_info.signed_attrs = Some(reordered);
        signer_info.signature = OctetString::new(setup.signer.sign(&unsorted).unwrap()).unwrap();
        signed.signer_infos = SignerInfos::try_from(vec![signer_info]).unwrap();
        let path = sig_path(&setup, "unsorted.p7s");
        std::fs::write(
            &path,
            ContentInfo {
                content_type: info.content_type,
                content: Any::encode_from(&signed).unwrap(),
            }
            .to_der()
            .unwrap(),
        )
        .unwrap();
        let verified = verify_file(&setup.store, &setup.doc, Some(&path), now).unwrap();
        assert!(verified.valid, "{verified:?}");
    }

    #[test]
    fn not_a_signature_and_no_signature_are_errors() {
        let setup = setup();
        let now = Utc::now();
        let err = verify_file(&setup.store, &setup.doc, None, now).unwrap_err();
        assert_eq!(err.code(), "verify.signature-missing");
        let junk = sig_path(&setup, "junk.p7s");
        std::fs::write(&junk, [0x30, 0x03, 0x02, 0x01, 0x00]).unwrap();
        let err = verify_file(&setup.store, &setup.doc, Some(&junk), now).unwrap_err();
        assert_eq!(err.code(), "verify.not-cms");
        assert!(ParsedSignature::from_der(&[]).is_none());
    }
}
