//! Any file signed as a detached CAdES signature, `FILE.p7s` (DER).

use super::cms::{detached_signed_data, SignedAttributeOptions};
use super::digest::DigestAlgorithm;
use crate::atomic_file::{self, Access};
use crate::keys::signer::Signer;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

/// Where the signature of `input` goes by default: `input` + `.p7s`.
pub fn default_output(input: &Path) -> PathBuf {
    let mut name = input.as_os_str().to_owned();
    name.push(".p7s");
    PathBuf::from(name)
}

/// Hashes `input` as a stream, signs it with `signer` (whose certificate
/// is `chain[0]`) and writes the DER signature to the new file `output`,
/// which may not be named like a PDF (it would then be no PDF at all).
pub fn sign_detached(
    signer: &dyn Signer,
    chain: &[Vec<u8>],
    input: &Path,
    output: &Path,
    now: DateTime<Utc>,
) -> Result<()> {
    if super::pdf::kind::has_pdf_extension(output) {
        return Err(Error::Sign(crate::SignError::PdfDetachedOutputNamedPdf {
            path: output.to_path_buf(),
        }));
    }
    if output.exists() {
        return Err(Error::File(crate::FileError::Exists {
            path: output.to_path_buf(),
        }));
    }
    let file = crate::bounded_read::open_regular(input)?;
    let access = Access::like(&file.metadata().map_err(|e| Error::io(input, e))?);
    let digest = DigestAlgorithm::for_scheme(signer.scheme())
        .digest_reader(std::io::BufReader::new(file))
        .map_err(|e| Error::io(input, e))?;
    let der = detached_signed_data(
        signer,
        chain,
        &digest,
        SignedAttributeOptions::signed_at(now),
    )?;
    atomic_file::write_new(output, &der, access)
}
