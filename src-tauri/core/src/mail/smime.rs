//! S/MIME signing of a message body (RFC 8551): the body becomes the first
//! part of a `multipart/signed`, and the second part, `smime.p7s`, is a
//! detached CMS SignedData over the body's exact bytes, with signingTime,
//! signing-certificate-v2 and the signer's chain: the CAdES signature that
//! `.p7s` files carry (see [`crate::sign::cms`]).

use crate::keys::signer::Signer;
use crate::sign::cms::{detached_signed_data, SignedAttributeOptions};
use crate::sign::digest::DigestAlgorithm;
use crate::sign::signing::OpenedSigner;
use crate::Result;
use chrono::{DateTime, Utc};
use lettre::message::header::{ContentDisposition, ContentType};
use lettre::message::{MultiPart, SinglePart};

/// The `protocol` parameter and the signature part's content type.
pub const SIGNATURE_TYPE: &str = "application/pkcs7-signature";

/// The `micalg` parameter naming the digest (RFC 8551 §3.5.3.2).
pub fn micalg(algorithm: DigestAlgorithm) -> &'static str {
    match algorithm {
        DigestAlgorithm::Sha256 => "sha-256",
        DigestAlgorithm::Sha384 => "sha-384",
    }
}

/// Signs `body` with `signer`, whose certificate is `chain[0]` followed by
/// its issuers, and returns the `multipart/signed` that replaces it in the
/// message. The signature covers the body exactly as lettre serializes it
/// (headers included, lines ending in CRLF), so the body must not change
/// afterwards; lettre's own transfer encodings keep it 7-bit, which mail
/// servers pass through untouched.
pub fn sign(
    body: MultiPart,
    signer: &dyn Signer,
    chain: &[Vec<u8>],
    now: DateTime<Utc>,
) -> Result<MultiPart> {
    let algorithm = DigestAlgorithm::for_scheme(signer.scheme());
    let digest = algorithm.digest(signed_bytes(&body.formatted()));
    let der = detached_signed_data(
        signer,
        chain,
        &digest,
        SignedAttributeOptions::signed_at(now),
    )?;
    let signature = SinglePart::builder()
        .header(
            ContentType::parse(&format!("{SIGNATURE_TYPE}; name=\"smime.p7s\"")).map_err(
                |err| {
                    crate::Error::Key(crate::KeyError::SigningFailed {
                        detail: format!("S/MIME content type: {err}"),
                    })
                },
            )?,
        )
        .header(ContentDisposition::attachment("smime.p7s"))
        // Binary content: lettre chooses base64.
        .body(der);
    Ok(
        MultiPart::signed(SIGNATURE_TYPE.to_string(), micalg(algorithm).to_string())
            .multipart(body)
            .singlepart(signature),
    )
}

/// Signs `body` with a certificate's key opened by
/// [`open_for_signing`](crate::sign::signing::open_for_signing), which has
/// already refused a certificate that cannot be relied on at `now`.
pub fn sign_with(body: MultiPart, opened: &OpenedSigner, now: DateTime<Utc>) -> Result<MultiPart> {
    sign(body, opened.signer(), opened.chain(), now)
}

/// The part of a serialized body that the signature covers: the CRLF lettre
/// writes after it belongs to the next boundary line (RFC 2046 §5.1.1), and
/// verifiers leave it out.
fn signed_bytes(formatted: &[u8]) -> &[u8] {
    formatted.strip_suffix(b"\r\n").unwrap_or(formatted)
}

#[cfg(test)]
mod tests;
