//! Certificates to and from files the user chose: importing PEM, DER and
//! PKCS#12 files, and exporting a certificate alone (PEM or DER) or with
//! its key and chain (PKCS#12).
//!
//! PKCS#12 work derives keys from passwords (many PBKDF2 rounds), so it
//! runs on a worker thread like the other key work.

use sealdesk_core::actions::certificate_files::{self, Pkcs12Export};
use sealdesk_core::pki::import::Imported;
use sealdesk_core::secret::Secret;
use std::path::PathBuf;

use_case_commands! {
    fn import_certificate(path: PathBuf, password: Option<Secret>) -> Imported =
        on_worker(move |cx| certificate_files::import(cx, &path, password.as_ref()));
    fn export_certificate(id: i64, path: PathBuf) -> () =
        act(|cx| certificate_files::export(cx, id, &path));
    fn export_certificate_pkcs12(request: Pkcs12Export) -> () =
        on_worker(move |cx| certificate_files::export_pkcs12(cx, &request));
}
