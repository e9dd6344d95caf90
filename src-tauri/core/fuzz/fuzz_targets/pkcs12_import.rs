//! PKCS#12 files from arbitrary bytes, opened with the password the seed
//! files use: never a panic, never unbounded work, and a key that comes out
//! belongs to the certificate that comes with it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sealdesk_core::keys::file_signer::FileSigner;
use sealdesk_core::keys::signer::Signer;
use sealdesk_core::pki::certificate::spki_of;
use sealdesk_core::pki::pkcs12::import;

/// The password of every file in seeds/pkcs12_import.
const PASSWORD: &str = "fuzz";

fuzz_target!(|data: &[u8]| {
    let Ok(contents) = import(data, PASSWORD) else {
        return;
    };
    if let (Some(key), Some(certificate)) = (&contents.key_pkcs8_der, &contents.certificate_der) {
        let signer = FileSigner::from_pkcs8(key).expect("an imported key is usable");
        let spki = spki_of(certificate).expect("an imported certificate parses");
        assert_eq!(
            signer.spki_der(),
            spki.as_slice(),
            "key and certificate match"
        );
    }
    if contents.certificate_der.is_some() {
        assert!(
            contents.key_pkcs8_der.is_some(),
            "a leaf is only named for a key"
        );
    }
});
