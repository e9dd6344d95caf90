//! Signing identities: the business and the person a signature speaks for,
//! with the key that signs and the certificate that vouches for it.
//!
//! Several identities may exist; exactly one at a time is the *active*
//! signing identity (the database refuses a second one). An identity whose
//! certificate comes from the company seal is ready at once; one whose key
//! went to an outside CA as a request (PKCS#10) waits in
//! `awaiting-certificate` until the CA's answer is attached. Registering
//! selects the new identity when its certificate is valid; otherwise it is
//! "created but not selected" and says why.

mod error;
pub use error::IdentityError;
mod attach;
mod new_key;
mod records;
mod registration;
mod removal;
mod selection;
#[cfg(test)]
mod tests;

pub use attach::{attach_certificate, Attached};
pub use records::{get, list, IdentityRecord, IdentityState};
pub use registration::{
    register, CertificateSource, KeyTarget, NotSelectedReason, Registered, Registration,
};
pub use removal::{remove, Removed};
pub use selection::{active, select};

/// Fewest characters of a signing password (the source workflow's rule:
/// short passwords are allowed, weak ones only warned about).
pub const MIN_SIGNING_PASSWORD_CHARS: usize = 3;

/// Stored state of an identity still waiting for the CA's certificate.
pub const AWAITING_CERTIFICATE: &str = "awaiting-certificate";
/// Stored state of an identity that has its certificate.
const CERTIFIED: &str = "certified";
