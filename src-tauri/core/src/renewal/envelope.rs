//! The request envelope: a CMS SignedData that carries the PKCS#10 request
//! (DER) inside it, signed by the key of the certificate being renewed, so
//! the CA sees the holder of the still-valid certificate asks for the new one.

use crate::keys::signer::Signer;
use crate::sign::cms::{encapsulating_signed_data, SignedAttributeOptions};
use crate::Result;
use chrono::{DateTime, Utc};

/// The envelope (DER) around `request_der`, signed by `old_signer` whose
/// certificate and issuers are `old_chain` (certificate first).
pub fn seal_request(
    old_signer: &dyn Signer,
    old_chain: &[Vec<u8>],
    request_der: &[u8],
    now: DateTime<Utc>,
) -> Result<Vec<u8>> {
    encapsulating_signed_data(
        old_signer,
        old_chain,
        request_der,
        SignedAttributeOptions::signed_at(now),
    )
}
