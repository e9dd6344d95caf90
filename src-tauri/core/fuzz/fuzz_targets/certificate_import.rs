//! Certificate files (PEM chains or DER) from arbitrary bytes: reading must
//! never panic, and whatever it returns must parse as X.509 on its own.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sealdesk_core::pki::certificate::CertificateInfo;
use sealdesk_core::pki::decode::{looks_like_pkcs12, read_certificates};
use x509_cert::certificate::{CertificateInner, Raw};
use x509_cert::der::Decode;

fuzz_target!(|data: &[u8]| {
    let _ = looks_like_pkcs12(data);
    let Ok(ders) = read_certificates(data) else {
        return;
    };
    assert!(!ders.is_empty(), "success means at least one certificate");
    for der in &ders {
        // from_der refuses trailing bytes: nothing but the certificate.
        CertificateInner::<Raw>::from_der(der)
            .expect("every certificate returned parses as X.509, and is nothing else");
        // What the store records about it must not panic either.
        let _ = CertificateInfo::from_der(der);
        let again = read_certificates(der).expect("its DER reads again");
        assert_eq!(again, vec![der.clone()]);
    }
});
