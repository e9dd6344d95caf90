//! Certificates: subjects, requests (PKCS#10), the company seal and the
//! certificates it issues, revocation lists, PKCS#12 and imports.

mod error;
pub use error::PkiError;
pub mod bundle;
pub mod certificate;
pub mod csr;
pub mod csr_reader;
pub mod decode;
pub mod export;
pub mod holder;
pub mod import;
pub mod issue;
pub mod issue_bundle;
pub(crate) mod name;
pub mod pkcs12;
pub mod profile;
pub mod registry;
pub mod revocation;
pub mod seal;
pub mod serial;
pub(crate) mod signature;
mod signing_key;
pub mod status;
pub mod subject;
mod time;
pub mod trust;
