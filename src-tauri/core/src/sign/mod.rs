//! Signing documents: detached CAdES signatures (`.p7s`) for any file; the
//! CMS they carry is built so PAdES can reuse it for PDFs. Verifying
//! signatures, detached and inside PDFs.

pub mod cms;
pub mod digest;
pub mod p7s;
pub mod signing;
pub mod verify;
