//! Certificates to and from files the user chose: importing PEM, DER and
//! PKCS#12 files, and exporting a certificate alone (PEM or DER) or with
//! its key and chain (PKCS#12).

use super::key_secret::KeySecretInput;
use super::Context;
use crate::pki::import::Imported;
use crate::pki::pkcs12::Pkcs12Profile;
use crate::pki::registry;
use crate::pki::{bundle, export, import};
use crate::secret::Secret;
use crate::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// A certificate to write with its key and chain as PKCS#12.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct Pkcs12Export {
    /// The certificate.
    pub id: i64,
    /// What opens its key: only a key file's password can, since a token
    /// never gives its key out.
    pub key_secret: KeySecretInput,
    /// Password that protects the new file.
    pub password: Secret,
    /// How the file is protected.
    pub profile: Pkcs12Profile,
    /// The new file.
    pub path: PathBuf,
}

/// Imports every certificate in the file at `path`, with the key when it
/// is a PKCS#12 opened by `password`, and says what was new. Nothing is
/// recorded unless everything is, and nothing becomes a trusted root by
/// being imported.
pub fn import(cx: &Context, path: &Path, password: Option<&Secret>) -> Result<Imported> {
    import::import_file(cx.store(), path, password.map(Secret::as_str), cx.now())
}

/// Writes certificate `id` alone to a new file, PEM or DER by its name.
pub fn export(cx: &Context, id: i64, path: &Path) -> Result<()> {
    let der = registry::der(cx.store().conn(), id)?;
    export::write_certificate(path, &der)
}

/// Writes a certificate with its key and the chain the store knows to a
/// new PKCS#12 file.
pub fn export_pkcs12(cx: &Context, request: &Pkcs12Export) -> Result<()> {
    let KeySecretInput::Password(key_password) = &request.key_secret else {
        return Err(Error::Key(crate::KeyError::NotExportable {
            id: request.id,
        }));
    };
    bundle::export_pkcs12(
        cx.store(),
        request.id,
        key_password.as_str(),
        request.password.as_str(),
        request.profile,
        &request.path,
        cx.now(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::KeyAlgorithm;
    use crate::test_support;
    use chrono::Utc;

    #[test]
    fn a_pkcs12_export_needs_the_key_files_password_and_is_read_back_by_import() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let office = test_support::office(dir.path(), now);
        let anna =
            test_support::issue_signing(&office, "Anna", KeyAlgorithm::EcP256, "anna-pw", now);
        let cx = Context::at(
            &office.store,
            crate::actions::Scope::test_administrator(),
            now,
        );
        let path = dir.path().join("anna.p12");
        let request = |key_secret| Pkcs12Export {
            id: anna.certificate.id,
            key_secret,
            password: "p12-pw".into(),
            profile: Pkcs12Profile::Modern,
            path: path.clone(),
        };

        for (secret, code) in [
            (KeySecretInput::Pin("1234".into()), "key.not-exportable"),
            (
                KeySecretInput::Password("wrong".into()),
                "key.wrong-password",
            ),
        ] {
            assert_eq!(
                export_pkcs12(&cx, &request(secret)).unwrap_err().code(),
                code
            );
            assert!(!path.exists(), "nothing written after {code}");
        }
        export_pkcs12(&cx, &request(KeySecretInput::Password("anna-pw".into()))).unwrap();

        let other = tempfile::tempdir().unwrap();
        let fresh = crate::Store::open_for_tests(&other.path().join("data")).unwrap();
        let fresh_cx = Context::at(&fresh, crate::actions::Scope::test_administrator(), now);
        let imported = import(&fresh_cx, &path, Some(&"p12-pw".into())).unwrap();
        let records = &imported.certificates;
        assert_eq!(records[0].sha256, anna.certificate.sha256);
        assert!(records[0].key_id.is_some());
        assert!(
            records.iter().all(|r| !r.trusted),
            "an import trusts nothing"
        );
        assert_eq!(imported.added as usize, records.len());
        assert!(imported.key_added);

        // The same file again adds nothing, and says so.
        let again = import(&fresh_cx, &path, Some(&"p12-pw".into())).unwrap();
        assert_eq!(again.certificates, imported.certificates);
        assert_eq!((again.added, again.key_added), (0, false));
        let keys: i64 = fresh
            .conn()
            .query_row("SELECT COUNT(*) FROM key", [], |r| r.get(0))
            .unwrap();
        assert_eq!(keys, 1, "no second copy of the key");
    }
}
