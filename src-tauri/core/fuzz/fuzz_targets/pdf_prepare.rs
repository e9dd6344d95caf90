//! PDFs from arbitrary bytes, read for signing: never a panic, only a
//! prepared update or a typed PDF error, and never a prepared update for a
//! file that does not start with its `%PDF-` header.

#![no_main]

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use sealdesk_core::sign::pdf::{PreparedPdf, SignatureInfo};

fuzz_target!(|data: &[u8]| {
    // The reader works on files (it seeks instead of loading), so each
    // input goes through a file of this process's own.
    let path = std::env::temp_dir().join(format!("sealdesk-fuzz-{}.pdf", std::process::id()));
    std::fs::write(&path, data).expect("temporary file");
    let info = SignatureInfo {
        name: Some("Fuzz".into()),
        reason: None,
        time: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    };
    match PreparedPdf::open(&path, &info, 1000) {
        Ok(_) => assert!(
            data.starts_with(b"%PDF-"),
            "a file whose header is not at its start was prepared"
        ),
        Err(err) => assert!(
            [
                "pdf.unreadable",
                "pdf.encrypted",
                "pdf.no-changes-allowed",
                "pdf.header-not-at-start",
                "io"
            ]
            .contains(&err.code()),
            "unexpected error {}",
            err.code()
        ),
    }
});
