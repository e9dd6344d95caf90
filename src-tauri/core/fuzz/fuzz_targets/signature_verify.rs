//! Signed documents from arbitrary bytes: a PDF (when the bytes start with
//! `%PDF-`: cross-reference tables and streams, revisions, signature
//! fields, the analysis of later revisions) or a detached signature over
//! a fixed document. Never a panic; a PDF gives findings or "unreadable",
//! a detached signature findings or "not a signature".

#![no_main]

use chrono::Utc;
use libfuzzer_sys::fuzz_target;
use sealdesk_core::actions::{admin, session, Gate};
use sealdesk_core::secret::Secret;
use sealdesk_core::sign::verify::verify_file;
use sealdesk_core::Store;
use std::path::PathBuf;

struct Place {
    store: Store,
    folder: PathBuf,
}

thread_local! {
    static PLACE: Place = {
        let folder = std::env::temp_dir().join(format!("sealdesk-fuzz-verify-{}", std::process::id()));
        std::fs::create_dir_all(&folder).expect("a temporary folder");
        let store = Store::open(&folder.join("data")).expect("a store");
        // The verifier reads the trusted certificates of the company acted
        // on: sign the administrator in, as every face does first.
        let password = Secret::from("fuzz-admin-1");
        let gate = Gate::new(&store);
        admin::set_up(&gate, "Fuzz", &password).expect("an administrator");
        let scope = session::sign_in(&gate, "admin", &password, None).expect("signed in");
        store.act_for(&scope);
        std::fs::write(folder.join("document.txt"), b"Umowa nr 7/2026").expect("a document");
        Place { store, folder }
    };
}

fuzz_target!(|data: &[u8]| {
    PLACE.with(|place| {
        let input = place.folder.join("input");
        std::fs::write(&input, data).expect("the input is written");
        if data.starts_with(b"%PDF-") {
            match verify_file(&place.store, &input, None, Utc::now()) {
                Ok(verified) => assert!(!verified.valid || !verified.signatures.is_empty()),
                Err(err) => assert_eq!(err.code(), "pdf.unreadable", "{err}"),
            }
        } else {
            let document = place.folder.join("document.txt");
            if let Err(err) = verify_file(&place.store, &document, Some(&input), Utc::now()) {
                assert_eq!(err.code(), "verify.not-cms", "{err}");
            }
        }
    });
});
