//! PKCS#10 certificate requests for an outside CA, signed by a file or
//! token key, with UTF-8 subjects and the e-mail as a subject alternative
//! name in the extension request.

use super::export::pem_text;
use super::signing_key::RcgenKey;
use super::subject::SubjectFields;
use crate::atomic_file::{self, Access};
use crate::keys::signer::Signer;
use crate::Result;
use std::path::Path;

/// A request made and its subject.
#[derive(Debug, Clone)]
pub struct Request {
    /// DER of the PKCS#10 request.
    pub der: Vec<u8>,
    /// The subject fields as written.
    pub subject: SubjectFields,
}

impl Request {
    /// PEM (`CERTIFICATE REQUEST`) text.
    pub fn pem(&self) -> String {
        pem_text("CERTIFICATE REQUEST", &self.der)
    }
}

/// Makes a PKCS#10 request for `fields`, signed by `signer`.
pub fn create(signer: &dyn Signer, fields: &SubjectFields) -> Result<Request> {
    let subject = fields.normalized()?;
    let params = subject.certificate_params()?;
    let key = RcgenKey::new(signer)?;
    let csr = params.serialize_request(&key).map_err(|e| key.error(e))?;
    Ok(Request {
        der: csr.der().to_vec(),
        subject,
    })
}

/// Makes a request and writes it as PEM to a new file at `path`.
pub fn create_to_file(signer: &dyn Signer, fields: &SubjectFields, path: &Path) -> Result<Request> {
    let request = create(signer, fields)?;
    atomic_file::write_new(path, request.pem().as_bytes(), Access::Shared)?;
    Ok(request)
}
