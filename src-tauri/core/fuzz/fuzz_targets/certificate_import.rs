//! Certificate files (PEM chains or DER) from arbitrary bytes: reading must
//! never panic, and whatever it returns must parse as X.509 on its own.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sealdesk_core::pki::certificate::CertificateInfo;
use sealdesk_core::pki::decode::{looks_like_pkcs12, read_certificates};

fuzz_target!(|data: &[u8]| {
    let _ = looks_like_pkcs12(data);
    let Ok(ders) = read_certificates(data) else {
        return;
    };
    assert!(!ders.is_empty(), "success means at least one certificate");
    for der in &ders {
        let (rest, _) = x509_parser::parse_x509_certificate(der)
            .expect("every certificate returned parses as X.509");
        assert!(rest.is_empty(), "and is nothing but the certificate");
        // What the store records about it must not panic either.
        let _ = CertificateInfo::from_der(der);
        let again = read_certificates(der).expect("its DER reads again");
        assert_eq!(again, vec![der.clone()]);
    }
});
