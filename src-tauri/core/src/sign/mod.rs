//! Signing documents: detached CAdES signatures (`.p7s`) for any file; the
//! CMS they carry is built so PAdES can reuse it for PDFs.

pub mod batch;
pub mod cms;
pub mod digest;
pub mod p7s;
pub mod signing;
