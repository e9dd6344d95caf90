//! Writing certificates and revocation lists to files, PEM or DER by the
//! file name's extension.

use crate::atomic_file::{self, Access};
use crate::keys::location::KeyLocation;
use crate::{Error, Result};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A file a certificate can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ExportFormat {
    /// The certificate alone, PEM text.
    Pem,
    /// The certificate alone, binary DER.
    Der,
    /// The certificate with its key and chain, password-protected.
    Pkcs12,
}

impl ExportFormat {
    /// The formats a certificate with its key at `key` can be written as:
    /// PKCS#12 needs the key itself, so only a key in a file allows it.
    pub fn for_key(key: Option<&KeyLocation>) -> Vec<ExportFormat> {
        match key {
            Some(KeyLocation::File { .. }) => {
                vec![ExportFormat::Pem, ExportFormat::Der, ExportFormat::Pkcs12]
            }
            _ => vec![ExportFormat::Pem, ExportFormat::Der],
        }
    }
}

/// The encodings SealDesk writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Base64 between BEGIN/END lines.
    Pem,
    /// Binary DER.
    Der,
}

/// The encoding a file name asks for: `.pem` is PEM; `.cer`, `.der`, `.crt`
/// and `.crl` are DER (what Windows opens with a double-click).
pub fn encoding_for(path: &Path) -> Result<Encoding> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("pem") => Ok(Encoding::Pem),
        Some("cer" | "der" | "crt" | "crl") => Ok(Encoding::Der),
        _ => Err(Error::Pki(crate::PkiError::UnknownExportFormat {
            path: path.to_path_buf(),
        })),
    }
}

/// Writes a DER certificate to a new file, encoded as its name asks.
pub fn write_certificate(path: &Path, der: &[u8]) -> Result<()> {
    write_labelled(path, der, "CERTIFICATE")
}

/// Writes DER with the PEM label used when the name asks for PEM.
pub fn write_labelled(path: &Path, der: &[u8], label: &str) -> Result<()> {
    let bytes = match encoding_for(path)? {
        Encoding::Der => der.to_vec(),
        Encoding::Pem => pem_text(label, der).into_bytes(),
    };
    atomic_file::write_new(path, &bytes, Access::Shared)
}

/// PEM text with LF line endings.
pub fn pem_text(label: &str, der: &[u8]) -> String {
    pem::encode_config(
        &pem::Pem::new(label, der.to_vec()),
        pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_choose_the_encoding() {
        assert_eq!(encoding_for(Path::new("a.PEM")).unwrap(), Encoding::Pem);
        assert_eq!(encoding_for(Path::new("a.cer")).unwrap(), Encoding::Der);
        let err = encoding_for(Path::new("seal.txt")).unwrap_err();
        assert_eq!(err.code(), "pki.unknown-export-format");
        assert!(encoding_for(Path::new("seal")).is_err());
    }
}
