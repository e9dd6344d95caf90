//! Signing documents: PAdES signatures inside PDFs, detached CAdES
//! signatures (`.p7s`) for any file; both carry the same CMS.

pub mod batch;
pub mod cms;
pub mod digest;
pub mod p7s;
pub mod pdf;
pub mod signing;
