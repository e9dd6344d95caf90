//! Signing documents: PAdES signatures inside PDFs, detached CAdES
//! signatures (`.p7s`) for any file, both carrying the same CMS; and
//! verifying signatures, detached and inside PDFs.

mod error;
pub use error::SignError;
pub mod batch;
pub mod cms;
pub mod digest;
pub mod p7s;
pub mod pdf;
pub mod signed_copy;
pub mod signing;
pub mod verify;
